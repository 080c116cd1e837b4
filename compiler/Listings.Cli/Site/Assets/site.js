// The site's only script: the search box and the version picker. No request leaves the page: the
// names and the tables come from search-data.js, written by `listings site` from the C# runtime
// (TextFolding.FoldChar, the white space and the characters spelling ignores, the salt words, the
// prepositions). This file keeps the order of the steps of MatchKey.Of and the head noun's number
// rule; the browser test checks it gives the C# key of every listed name.
(function () {
  'use strict';
  var data = window.LISTINGS_SEARCH;
  var root = document.body.getAttribute('data-root') || '';

  function setOf(text) {
    var set = Object.create(null);
    for (var i = 0; i < text.length; i++) set[text.charAt(i)] = true;
    return set;
  }

  var spaces = setOf(data.spaces);
  var ignored = setOf(data.ignored);
  var fold = data.fold;
  var letter = /\p{L}/u;

  // TextFolding.NameKey: folded, white space collapsed to one space, trimmed.
  function nameKey(text) {
    var out = '';
    var pendingSpace = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (spaces[c]) { pendingSpace = out.length > 0; continue; }
      if (pendingSpace) { out += ' '; pendingSpace = false; }
      var f = Object.prototype.hasOwnProperty.call(fold, c) ? fold[c] : c;
      out += f;
    }
    return out;
  }

  // Number.EndsHead: "de", "du", "des", or "d" before an apostrophe or a space.
  function endsHead(words, start, end, next) {
    if (words.charAt(start) !== 'd') return false;
    switch (end - start) {
      case 1: return next === '\'' || next === ' ';
      case 2: return words.charAt(start + 1) === 'e' || words.charAt(start + 1) === 'u';
      case 3: return words.charAt(start + 1) === 'e' && words.charAt(start + 2) === 's';
      default: return false;
    }
  }

  // Number.DropsFinalS: a head word of four letters or more ending in a single "s" after a letter.
  function dropsFinalS(words, start, end) {
    if (end - start < 4 || words.charAt(end - 1) !== 's') return false;
    var before = words.charAt(end - 2);
    return before !== 's' && letter.test(before);
  }

  // MatchKey.Write over a words key.
  function keyOfWords(words) {
    var out = [];
    var head = true;
    var word = -1;
    function endWord(start, end, next) {
      if (endsHead(words, start, end, next)) return false;
      if (dropsFinalS(words, start, end)) out.pop();
      return true;
    }
    for (var i = 0; i < words.length; i++) {
      var c = words.charAt(i);
      if (!ignored[c]) {
        if (word < 0) word = i;
        out.push(c);
        continue;
      }
      if (word >= 0 && head) head = endWord(word, i, c);
      word = -1;
    }
    if (word >= 0 && head) endWord(word, words.length, '\0');
    return out.join('');
  }

  function matchKey(text) { return keyOfWords(nameKey(text)); }

  var byKey = Object.create(null);
  data.names.forEach(function (row) {
    (byKey[row[0]] = byKey[row[0]] || []).push(row);
  });
  var saltByKey = Object.create(null);
  data.salts.forEach(function (row) { saltByKey[row[0]] = row; });

  function saltOf(word) {
    if (saltByKey[word]) return saltByKey[word];
    for (var m = 0; m < data.multipliers.length; m++) {
      var multiplier = data.multipliers[m];
      if (word.length > multiplier.length && word.slice(0, multiplier.length) === multiplier && saltByKey[word.slice(multiplier.length)])
        return saltByKey[word.slice(multiplier.length)];
    }
    return null;
  }

  // The names a query may be a salt of: up to three salt words after the name, up to three before it
  // joined by a preposition (or an English metal name without one). Anything else this page cannot read.
  function saltCandidates(words) {
    var tokens = words.split(' ');
    var found = [];
    var trailing = 0;
    while (trailing < 3 && tokens.length - trailing > 1 && saltOf(tokens[tokens.length - 1 - trailing])) trailing++;
    for (var t = 0; t <= trailing; t++) {
      var end = tokens.length - t;
      if (t > 0) found.push(tokens.slice(0, end).join(' '));
      var i = 0;
      while (i < 3 && i < end - 1) {
        var salt = saltOf(tokens[i]);
        if (!salt) break;
        i++;
        var rest = tokens.slice(i, end).join(' ');
        for (var p = 0; p < data.prepositions.length; p++) {
          var preposition = data.prepositions[p];
          if (rest.length > preposition.length && rest.slice(0, preposition.length) === preposition) {
            found.push(rest.slice(preposition.length));
            break;
          }
        }
        if (salt[3] === 1) found.push(rest);
      }
    }
    return found;
  }

  function entryOf(index) {
    var e = data.entries[index];
    return { page: e[0], title: e[1], place: e[2], current: e[3] === 1, salts: e[4] === 1, preparation: e[5] === 1 };
  }

  // What the page answers: the entries a name is a name of; or, read as a salt, the entries whose
  // name it is a salt of; or that it cannot say (never "not listed": classify reads more forms).
  function answer(query) {
    var key = matchKey(query);
    if (key.length === 0) return { kind: 'empty', results: [] };
    var rows = byKey[key];
    if (rows) {
      return {
        kind: 'name',
        results: rows.map(function (row) { var e = entryOf(row[2]); e.name = row[1]; e.role = row[3]; e.index = row[2]; return e; })
      };
    }
    var results = [];
    var seen = Object.create(null);
    saltCandidates(nameKey(query)).forEach(function (candidate) {
      (byKey[keyOfWords(candidate)] || []).forEach(function (row) {
        if (seen[row[2]]) return;
        seen[row[2]] = true;
        var e = entryOf(row[2]); e.name = row[1]; e.role = row[3]; e.index = row[2];
        results.push(e);
      });
    });
    if (results.length === 0) return { kind: 'cannot', results: [] };
    var listed = results.filter(function (e) { return e.current && e.salts; });
    return { kind: listed.length > 0 ? 'salt' : 'salt-cannot', results: results };
  }

  window.listingsSearch = { nameKey: nameKey, matchKey: matchKey, answer: answer };

  function text(tag, content, className) {
    var element = document.createElement(tag);
    if (content) element.textContent = content;
    if (className) element.className = className;
    return element;
  }

  function render(query, output) {
    output.textContent = '';
    var result = answer(query);
    if (result.kind === 'empty') return;
    if (result.kind === 'cannot') {
      output.appendChild(text('p', 'Aucune entrée n\u2019a ce nom, ni sous une forme de sel que cette page sait lire. '
        + 'Ce n\u2019est pas une réponse « non inscrit » : la commande listings classify lit aussi les isomères, esters, éthers, '
        + 'préparations et dérivés.'));
      return;
    }
    var list = text('ul', null, 'results');
    result.results.forEach(function (e) {
      var item = document.createElement('li');
      var link = text('a', e.title);
      link.href = root + e.page;
      item.appendChild(link);
      var how;
      if (result.kind === 'name') how = ' — ' + e.role + ' « ' + e.name + ' », ' + e.place;
      else if (e.current && e.salts) how = ' — sel de « ' + e.name + ' » : l\u2019entrée (' + e.place + ') comprend ses sels au ' + data.on;
      else if (!e.current) how = ' — sel de « ' + e.name + ' », une entrée qui n\u2019est plus en vigueur au ' + data.on;
      else how = ' — sel de « ' + e.name + ' », mais l\u2019entrée (' + e.place + ') ne comprend pas ses sels : cette page ne peut conclure, listings classify le peut';
      if (result.kind === 'name' && !e.current) how += ' (plus en vigueur au ' + data.on + ')';
      if (e.preparation) how += ' (une entrée de préparations, atteinte par le relais d\u2019une autre liste)';
      item.appendChild(text('span', how));
      list.appendChild(item);
    });
    output.appendChild(text('p', result.results.length === 1 ? '1 entrée' : result.results.length + ' entrées'));
    output.appendChild(list);
  }

  var form = document.getElementById('recherche');
  var input = document.getElementById('q');
  var output = document.getElementById('resultats');
  if (form && input && output) {
    form.addEventListener('submit', function (event) { event.preventDefault(); render(input.value, output); });
    input.addEventListener('input', function () { render(input.value, output); });
    var match = /[?&]q=([^&#]*)/.exec(window.location.search);
    if (match) {
      input.value = decodeURIComponent(match[1].replace(/\+/g, ' '));
      render(input.value, output);
    }
  }

  var picker = document.getElementById('version-choisie');
  var pickerForm = document.getElementById('versions');
  if (picker && pickerForm) {
    pickerForm.addEventListener('submit', function (event) {
      event.preventDefault();
      window.location.href = root + 'versions/' + picker.value + '.html';
    });
  }
})();
