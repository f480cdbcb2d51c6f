package uk.nhs.intentions.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MruCacheStorage;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
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

    public TemplateEngine(Path themesDir, String theme) {
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
        StringWriter out = new StringWriter(16 * 1024);
        process(templateName, model, out);
        return out.toString();
    }

    /** As {@link #render}, straight to UTF-8 bytes: what the site writer needs, without the String in between. */
    public byte[] renderUtf8(String templateName, Map<String, Object> model) {
        Utf8Writer out = new Utf8Writer(16 * 1024);
        process(templateName, model, out);
        return out.toByteArray();
    }

    private void process(String templateName, Map<String, Object> model, java.io.Writer out) {
        try {
            Template t = cfg.getTemplate(templateName);
            t.process(model, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? templateName
                    : e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            throw new RenderException(where + ": template error: " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new RenderException(templateName + ": cannot load template: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
