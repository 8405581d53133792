// The deck plugin's name, which its errors carry: the commands tell the author's mistakes by it
// without loading the plugin (src/cli/failure.ts).
export const DECK_PLUGIN_NAME = 'deck';
