package uk.nhs.intentions.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MruCacheStorage;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Configuration;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker, locked down: `.ftlh` templates auto-escape HTML, templates cannot instantiate classes or reach
 * the Java API, models are plain maps and lists, and errors stop the build instead of being written into a page.
 * Templates are looked up in the site's own theme first, so a user can override a single template.
 */
public final class TemplateEngine {
    public static final String BUILTIN_THEME = "intentions/themes/default";

    private final Configuration cfg;
    private final TemplateLimits limits;
    private final Path themesDir;
    private final String theme;

    public TemplateEngine(Path themesDir, String theme) {
        this(themesDir, theme, TemplateLimits.standard());
    }

    public TemplateEngine(Path themesDir, String theme, TemplateLimits limits) {
        this.limits = limits;
        this.themesDir = themesDir;
        this.theme = theme;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(themesDir, theme));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(objectWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setWhitespaceStripping(true);
        // Parse each template once per engine: the default cache holds templates through soft references, which
        // a small heap (-Xmx) may clear in the middle of a large build, making FreeMarker parse them again.
        cfg.setCacheStorage(new MruCacheStorage(200, 1000));
        // one engine serves one build: a template saved during it is read by the next build, not half-way
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
        prepareAll();
    }

    /**
     * Parses every template once and gives each loop a check point, so the time limit is seen even by a loop
     * with an empty body ({@code <#list 1.. as i></#list>}); the cache then hands these same templates to
     * every page and to {@code #include}/{@code #import}. A template that does not parse is left for the page
     * that uses it to report.
     */
    private void prepareAll() {
        java.util.Set<String> names = new java.util.TreeSet<>(BuiltinTheme.files("templates").keySet());
        List<Path> dirs = new ArrayList<>();
        dirs.add(themesDir.resolve(theme).resolve("templates"));
        dirs.add(themesDir.resolve("default").resolve("templates"));
        for (Path d : dirs) {
            if (Files.isDirectory(d)) {
                try (java.util.stream.Stream<Path> s = Files.walk(d)) {
                    s.filter(Files::isRegularFile).forEach(f -> names.add(d.relativize(f).toString()
                            .replace('\\', '/')));
                } catch (IOException | RuntimeException e) {
                    // unreadable: reported by the page that needs the template
                }
            }
        }
        // on every core: parsing is most of a small rebuild's start (FreeMarker's cache is safe to share)
        names.parallelStream().filter(name -> name.endsWith(".ftlh") || name.endsWith(".ftl")).forEach(name -> {
            try {
                freemarker.core._CoreAPI.addThreadInterruptedChecks(cfg.getTemplate(name));
            } catch (IOException | RuntimeException e) {
                // reported when a page uses it
            }
        });
    }

    /**
     * Page models are plain maps, lists, strings, numbers and booleans. Adapters read them in place (no copy per
     * access, which made large pages slow); EXPOSE_NOTHING means any other Java object a model might carry by
     * mistake shows no methods or properties to a template.
     */
    private static DefaultObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setUseAdaptersForContainers(true);
        b.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        b.setExposeFields(false);
        return b.build();
    }

    private static TemplateLoader loader(Path themesDir, String theme) {
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            addIfPresent(loaders, themesDir.resolve(theme).resolve("templates"));
            if (!theme.equals("default")) {
                addIfPresent(loaders, themesDir.resolve("default").resolve("templates"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read theme folder: " + e.getMessage(), e);
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), BUILTIN_THEME + "/templates"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static void addIfPresent(List<TemplateLoader> loaders, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            loaders.add(new FileTemplateLoader(dir.toFile()));
        }
    }

    /** Renders one template; throws {@link RenderException} naming the template and line on failure. */
    public String render(String templateName, Map<String, Object> model) {
        return new String(renderUtf8(templateName, model), StandardCharsets.UTF_8);
    }

    /** As {@link #render}, straight to UTF-8 bytes: what the site writer needs, without the String in between. */
    public byte[] renderUtf8(String templateName, Map<String, Object> model) {
        Utf8Writer out = new Utf8Writer(16 * 1024, limits.maxBytes());
        process(templateName, model, out);
        return out.toByteArray();
    }

    private void process(String templateName, Map<String, Object> model, Utf8Writer out) {
        TemplateGuard guard = new TemplateGuard(limits);
        try {
            Template t = cfg.getTemplate(templateName);
            Environment env = t.createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(guard);
            env.process();
        } catch (TemplateException e) {
            Optional<TemplateGuard.Stopped> stopped = cause(e, TemplateGuard.Stopped.class);
            Optional<Utf8Writer.TooLarge> large = cause(e, Utf8Writer.TooLarge.class);
            if (stopped.isPresent()) {
                throw at(stopped.get().element, stopped.get().getMessage(), e);
            } else if (large.isPresent()) {
                throw at(guard.current(), large.get().getMessage(), e);
            }
            String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            throw new RenderException(name, userFile(name), num(e.getLineNumber()), num(e.getColumnNumber()),
                    "template error: " + reason(e.getMessageWithoutStackTop()), e);
        } catch (TemplateGuard.Stopped e) {
            throw at(e.element, e.getMessage(), e);
        } catch (Utf8Writer.TooLarge e) {
            throw at(guard.current(), e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw at(guard.deepest(), "templates nest too deeply for the stack here; a macro probably calls"
                    + " itself without end", null);
        } catch (IOException e) {
            Optional<SecurityException> outside = cause(e, SecurityException.class);
            if (outside.isPresent()) {
                throw new RenderException(templateName, userFile(templateName), 0, 0, "the template is a symbolic"
                        + " link to a file outside the theme folder, and is not read", e);
            }
            Optional<TemplateException> bad = cause(e, TemplateException.class);
            if (bad.isPresent()) { // a parse error found when the template was first loaded
                TemplateException t = bad.get();
                String name = t.getTemplateSourceName() == null ? templateName : t.getTemplateSourceName();
                throw new RenderException(name, userFile(name), num(t.getLineNumber()), num(t.getColumnNumber()),
                        "template error: " + reason(t.getMessageWithoutStackTop()), e);
            }
            throw new RenderException(templateName, userFile(templateName), 0, 0, "cannot load template: "
                    + reason(Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage())),
                    e);
        } catch (SecurityException e) { // FreeMarker refuses a template whose real file is outside the theme
            throw new RenderException(templateName, userFile(templateName), 0, 0, "the template is a symbolic"
                    + " link to a file outside the theme folder, and is not read", e);
        }
    }

    private RenderException at(TemplateProcessingTracer.TracedElement el, String reason, Throwable cause) {
        if (el == null) {
            return new RenderException("?", null, 0, 0, reason, cause);
        }
        String name = el.getTemplate().getSourceName();
        return new RenderException(name, userFile(name), el.getBeginLine(), el.getBeginColumn(), reason, cause);
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static int num(Integer n) {
        return n == null ? 0 : n;
    }

    /** The user's file a template name resolves to (the loaders' order), or null for the built-in theme. */
    private Path userFile(String name) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(themesDir.resolve(theme).resolve("templates"));
        if (!theme.equals("default")) {
            dirs.add(themesDir.resolve("default").resolve("templates"));
        }
        for (Path d : dirs) {
            Path f = d.resolve(name).normalize();
            if (f.startsWith(d) && Files.exists(f)) {
                return f;
            }
        }
        return null;
    }

    /** FreeMarker's message in full, on one line: its separators and blank lines dropped. */
    static String reason(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.chars().allMatch(c -> c == '-')) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t);
        }
        return b.toString();
    }
}
