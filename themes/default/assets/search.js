/* Site search: MiniSearch over the documents in search-index.js (a script, so it also works from file://).
   Reads ?q= from the address, shows results as a list of links. Reading the site never needs this. */
(function () {
  'use strict';
  var form = document.querySelector('form.search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = window.intentionsSearchIndex;
  if (!input || !status || !list) { return; }
  if (!data || typeof window.MiniSearch !== 'function') {
    status.textContent = 'Search is not available: the search index could not be loaded. Use the links below to browse.';
    return;
  }
  var docs = data.documents;
  var byId = {};
  docs.forEach(function (d) { byId[d.id] = d; });
  var engine = new window.MiniSearch({
    fields: ['title', 'text', 'kind'],
    storeFields: ['id'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
  });
  engine.addAll(docs);

  function show(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    query = (query || '').trim();
    if (!query) { status.textContent = ''; return; }
    var results = engine.search(query);
    if (results.length === 0) {
      results = engine.search(query, { combineWith: 'OR' });
    }
    status.textContent = results.length === 0
      ? 'No results for “' + query + '”. Try fewer or different words, or browse below.'
      : results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”.';
    results.slice(0, 50).forEach(function (r) {
      var d = byId[r.id];
      var li = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'meta';
      kind.textContent = d.plan ? d.kind + ' · ' + d.plan : d.kind;
      var h = document.createElement('h2');
      var a = document.createElement('a');
      a.href = d.href;
      a.textContent = d.title;
      h.appendChild(a);
      li.appendChild(kind);
      li.appendChild(h);
      if (d.summary) {
        var p = document.createElement('p');
        p.textContent = d.summary;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var q = params.get('q') || '';
  input.value = q;
  show(q);
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var value = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set('q', value);
    try { window.history.replaceState(null, '', url.toString()); } catch (err) { /* file:// may refuse */ }
    show(value);
  });
}());
