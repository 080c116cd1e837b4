#!/usr/bin/env node
// Writes syntaxes/listing.tmLanguage.json. The keywords are listed here once, in the act's spelling,
// and each becomes a regular expression that matches it without regard to case or accents, as
// grammar/LANGUAGE.md says the parser does ("arrêté", "Arrêté", "ARRETE" and "arrete" are one keyword;
// ' and ’ are one apostrophe). Run `node scripts/make-grammar.js` after changing a keyword;
// `--check` (package.sh runs it) fails when the committed grammar is not what this script writes.
'use strict';
const fs = require('fs');
const path = require('path');

// Statement keywords (LANGUAGE.md, "Structure"): coloured as such where a statement starts a line.
const statements = ['liste', 'acte', 'annexe', 'partie', 'tableau', 'groupe', 'comprend', 'astérisques',
  'amendement', 'ajoute', 'retire', 'transfère', 'modifie', 'dérogation', 'autorise', 'contre-ions', 'régime'];
// Clauses any statement may end with.
const notes = ['texte', 'défaut', 'lecture', 'accepte'];
const actKinds = ['arrêté', 'décret', 'décision'];
const unknown = ['inconnue', 'inconnu'];
// The forms and kinds the classifiers act on.
const forms = ['stéréo-isomères', 'isomères', 'isomère', 'esters', 'éthers', 'sels', 'racémate',
  'préparations', 'préparation', 'substances', 'produits',
  // What a "nomme" clause cites.
  'dérivés', 'dérivé', 'plante', 'genres', 'genre', 'intermédiaires', 'intermédiaire'];
// Every other word of the EBNF.
const others = ['fixée', 'par', 'de', 'du', 'des', 'JO', 'en', 'vigueur', 'le', 'la', 'les', 'lendemain',
  'publication', 'à', 'au', 'une', 'date', 'convention', 'avec', 'dans', 'tous', 'cas', 'où', 'ils',
  'peuvent', 'exister', 'ci-après', 'désignées', 'désignés', 'énumérées', 'sauf', 'exception', 'expresse',
  'pour', 'précédées', "d'un", 'astérisque', 'et', 'à', 'moins', "qu'ils", 'ne', 'soient', 'inscrits',
  'autre', "l'exception", 'celles', 'nommément', 'inconnus', 'ou', 'désignation', 'chimique',
  'renfermant', 'ses', 'reçues', 'modifiée', 'sic', 'autres', 'que', 'ainsi', 'leurs', 'son', 'sa',
  'mentionnés', "l'annexe", 'comprimés', "qu'injectables", 'injectables', 'orales', 'unité', 'comprimé',
  'plus', 'base', 'relevant', 'externe', 'classement', 'si', 'teneur', 'inscrite', 'catalogue', 'nomme', 'tolérance',
  // Consolidation, acts of unknown content, regimes (LANGUAGE.md).
  'consolidée', "jusqu'à", 'contenu', 'réglementation', 'certains', 'médicaments', 'voie',
  'orale', 'injectable',
  // A statement keyword inside a statement is a plain word of it: "liste" in "de la liste externe",
  // "annexe" in a list reference (stupefiants annexe III).
  ...statements];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
  'octobre', 'novembre', 'décembre'];

// Each base letter with the accented letters the parser folds to it (TextFolding), lower case: the
// expressions are case-insensitive. Combining marks (decomposed accents) may follow any letter.
const variants = {
  a: 'aàáâãäå', c: 'cç', e: 'eèéêë', i: 'iìíîï', n: 'nñ', o: 'oòóôõö', u: 'uùúûü', y: 'yýÿ',
};
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
function letter(c) {
  if (c === "'" || c === '’') return "['’]";
  if (c === '-') return '-';
  const v = variants[c];
  return (v ? '[' + v + ']' : c) + '\\p{M}*';
}
const word = (w) => Array.from(fold(w)).map(letter).join('');
// A keyword is a whole word: the lexer's words run over letters, digits, _, µ, -, ' and ’, so
// "decision" inside the identifier decision-hhc-2023 and "annexe" inside l'annexe are not keywords.
const before = "(?<![\\p{L}\\p{N}\\p{M}_µ'’-])";
const after = "(?![\\p{L}\\p{N}\\p{M}_µ'’-])";
const alternatives = (words) => {
  const unique = [...new Set(words.map(fold))].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  return '(?:' + unique.map(word).join('|') + ')';
};
const keywords = (words) => '(?i)' + before + alternatives(words) + after;
const annexId = '(?-i:[IVXLC]+)|[0-9]+';

const grammar = {
  name: 'Listing',
  scopeName: 'source.listing',
  fileTypes: ['listing'],
  patterns: [
    { include: '#comment' },
    { include: '#string' },
    { include: '#statement-start' },
    { include: '#mark' },
    { include: '#date' },
    { include: '#quantity' },
    { include: '#diagnostic-id' },
    { include: '#annex-reference' },
    { include: '#cited-label' },
    { include: '#keyword' },
    { include: '#punctuation' },
  ],
  repository: {
    comment: {
      match: '(#).*$',
      name: 'comment.line.number-sign.listing',
      captures: { 1: { name: 'punctuation.definition.comment.listing' } },
    },
    string: {
      patterns: [
        {
          // A string ends on the line it starts on: an unterminated one stops at the line's end.
          name: 'string.quoted.double.listing',
          begin: '"',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.listing' } },
          end: '"|$',
          endCaptures: { 0: { name: 'punctuation.definition.string.end.listing' } },
          patterns: [{ match: '\\\\["\\\\]', name: 'constant.character.escape.listing' }],
        },
        {
          name: 'string.quoted.other.guillemets.listing',
          begin: '«',
          beginCaptures: { 0: { name: 'punctuation.definition.string.begin.listing' } },
          end: '»|$',
          endCaptures: { 0: { name: 'punctuation.definition.string.end.listing' } },
        },
      ],
    },
    'statement-start': {
      patterns: [
        {
          // An entry: "-" or "•" not followed by a word, and the asterisk that may follow it.
          match: "^\\s*([-•])(?![\\p{L}\\p{N}_µ])(?:\\s*(\\*))?",
          captures: {
            1: { name: 'keyword.control.statement.entry.listing' },
            2: { name: 'keyword.operator.asterisk.listing' },
          },
        },
        {
          match: '(?i)^\\s*(' + alternatives(['annexe', 'partie', 'tableau']) + ')\\s+(' + annexId + ')' + after,
          captures: {
            1: { name: 'keyword.control.statement.listing' },
            2: { name: 'constant.numeric.annex.listing' },
          },
        },
        {
          match: '(?i)^\\s*(' + alternatives(statements) + ')' + after,
          captures: { 1: { name: 'keyword.control.statement.listing' } },
        },
      ],
    },
    mark: {
      match: '\\(\\s*[0-9]+\\s*\\)',
      name: 'constant.other.mark.listing',
    },
    date: {
      patterns: [
        { match: '(?<![\\p{N}/])[0-9]{1,2}/[0-9]{1,2}/[0-9]+(?![\\p{N}/])', name: 'constant.numeric.date.listing' },
        {
          match: '(?i)' + before + '(?:1er|[0-9]{1,2})\\s+' + alternatives(months) + '\\s+[0-9]+(?!\\p{N})',
          name: 'constant.numeric.date.listing',
        },
      ],
    },
    quantity: {
      match: '(?i)' + before + '[0-9]+(?:[.,][0-9]+)?\\s*(µg|ug|mg|kg|g|%)(?![\\p{L}\\p{N}_])',
      name: 'constant.numeric.quantity.listing',
      captures: { 1: { name: 'keyword.other.unit.listing' } },
    },
    'diagnostic-id': {
      match: before + 'LST[0-9]{4}' + after,
      name: 'constant.other.diagnostic-id.listing',
    },
    'annex-reference': {
      match: '(?i)' + before + '(' + alternatives(['annexe', 'partie', "l'annexe"]) + ')\\s+(' + annexId + ')' + after,
      captures: {
        1: { name: 'keyword.other.listing' },
        2: { name: 'constant.numeric.annex.listing' },
      },
    },
    'cited-label': {
      // The act's letter before a cited name: nomme intermédiaires A "…", B "…" et C "…".
      match: '(?<=[\\s,])(?-i:[A-Z0-9]{1,2})(?=\\s*["«])',
      name: 'entity.name.label.listing',
    },
    keyword: {
      patterns: [
        { match: keywords(notes), name: 'keyword.other.note.listing' },
        { match: keywords(actKinds), name: 'storage.type.act.listing' },
        { match: keywords(unknown), name: 'constant.language.unknown.listing' },
        { match: keywords(forms), name: 'support.type.form.listing' },
        // "stupéfiants" is a keyword only in "réglementation des stupéfiants": elsewhere it folds to the
        // list id stupefiants, which is no keyword.
        {
          match: '(?i)' + before + word('réglementation') + '\\s+' + word('des') + '\\s+' + word('stupéfiants') + after,
          name: 'keyword.other.listing',
        },
        { match: keywords(others), name: 'keyword.other.listing' },
      ],
    },
    punctuation: {
      patterns: [
        { match: ':', name: 'punctuation.separator.colon.listing' },
        { match: ',', name: 'punctuation.separator.comma.listing' },
        { match: '[()]', name: 'punctuation.section.parens.listing' },
      ],
    },
  },
};

const out = path.join(__dirname, '..', 'syntaxes', 'listing.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
    console.error('syntaxes/listing.tmLanguage.json is not what scripts/make-grammar.js writes: run `node scripts/make-grammar.js`.');
    process.exit(1);
  }
} else {
  fs.writeFileSync(out, text);
}
