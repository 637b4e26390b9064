// The bundle's entry: Toast UI Editor with its ProseMirror dependencies, as one global for the newsroom's
// writing desk (wwwroot/js/writing-desk.js). Built by scripts/vendor-editor.sh.
import Editor from '@toast-ui/editor';

window.toastui = { Editor: Editor };
