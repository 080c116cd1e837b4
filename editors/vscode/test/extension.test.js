'use strict';
// What can be checked without VS Code: the manifest points at files that exist and agree with each
// other, and the client starts the command the settings name. `node --test test/` runs these.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const Module = require('module');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('the language is declared for .listing files with its configuration and grammar', () => {
  const [language] = manifest.contributes.languages;
  assert.deepStrictEqual(language.extensions, ['.listing']);
  assert.ok(fs.existsSync(path.join(root, language.configuration)));
  const [grammar] = manifest.contributes.grammars;
  assert.strictEqual(grammar.language, language.id);
  const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
  assert.strictEqual(tm.scopeName, grammar.scopeName);
});

test('the language configuration comments with # and pairs quotes and guillemets', () => {
  const configuration = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  assert.strictEqual(configuration.comments.lineComment, '#');
  const opens = configuration.autoClosingPairs.map((p) => p.open + p.close);
  assert.ok(opens.includes('""') && opens.includes('«»'));
  const surrounds = configuration.surroundingPairs.map((p) => p.join(''));
  assert.ok(surrounds.includes('""') && surrounds.includes('«»'));
});

test('the client starts `listings lsp` by default and the command the setting names otherwise', () => {
  // extension.js needs the vscode module, which only VS Code provides: stand one in.
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: {} };
  try {
    const { serverOptions } = require('../src/extension.js');
    const defaults = manifest.contributes.configuration.properties;
    const settings = (values) => ({ get: (key) => values[key] });
    const byDefault = serverOptions(settings({
      'server.command': defaults['listings.server.command'].default,
      'server.args': defaults['listings.server.args'].default,
    }));
    assert.strictEqual(byDefault.command, 'listings');
    assert.deepStrictEqual(byDefault.args, ['lsp']);
    const custom = serverOptions(settings({ 'server.command': '/opt/listings/listings.sh' }));
    assert.strictEqual(custom.command, '/opt/listings/listings.sh');
    assert.deepStrictEqual(custom.args, ['lsp']);
  } finally {
    Module._resolveFilename = resolve;
  }
});
