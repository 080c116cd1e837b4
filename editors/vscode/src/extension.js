'use strict';
// The client: starts `listings lsp` (the command is the setting listings.server.command) and lets
// vscode-languageclient speak LSP with it over stdio for every .listing file of the workspace.
const vscode = require('vscode');

let client;

function serverOptions(configuration) {
  const command = configuration.get('server.command') || 'listings';
  const args = configuration.get('server.args') || ['lsp'];
  return { command, args };
}

async function start() {
  // Loaded here, not at the top: the library needs VS Code's classes as it loads.
  const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
  const configuration = vscode.workspace.getConfiguration('listings');
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'listing' }, { scheme: 'untitled', language: 'listing' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.listing') },
  };
  client = new LanguageClient('listings', 'Listings',
    { ...serverOptions(configuration), transport: TransportKind.stdio }, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const command = serverOptions(configuration).command;
    vscode.window.showErrorMessage(
      `Listings: the language server could not start (${command} lsp): ${error && error.message ? error.message : error}. ` +
      'Set "listings.server.command" to the listings tool.');
  }
}

async function activate(context) {
  await start();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (event.affectsConfiguration('listings.server')) {
      if (client) await client.stop().catch(() => {});
      await start();
    }
  }));
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate, serverOptions };
