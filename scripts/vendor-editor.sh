#!/usr/bin/env bash
# Vendors the newsroom's visual editor into wwwroot, so the site runs with no Node: Toast UI Editor (MIT)
# bundled with its ProseMirror dependencies (MIT) into one minified script by esbuild, its stylesheet, and
# the licences. Run it again to change versions; commit what it writes.
#   scripts/vendor-editor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
editor_version=3.2.2
esbuild_version=0.28.2
out=src/TuyenGiao.Web/wwwroot/lib/toastui-editor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp scripts/writing-desk/entry.js "$work/entry.js"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
    "@toast-ui/editor@$editor_version" "esbuild@$esbuild_version")
mkdir -p "$out"
(cd "$work" && npx esbuild entry.js --bundle --minify --format=iife --target=es2018 --legal-comments=none \
    --outfile=editor.min.js --log-level=warning)
(cd "$work" && npx esbuild node_modules/@toast-ui/editor/dist/toastui-editor.css --minify \
    --outfile=editor.min.css --log-level=warning)
# The stylesheet's icons are data: URLs, which the newsroom's content security policy refuses (images come
# from the site or HTTPS): each becomes a file beside the stylesheet.
rm -f "$out"/editor-image-*
(cd "$work" && node -e '
const fs = require("fs");
let n = 0;
const css = fs.readFileSync("editor.min.css", "utf8").replace(/url\((["\x27]?)data:image\/(png|svg\+xml);base64,([^)"\x27]+)\1\)/g, (_, q, type, data) => {
    const name = "editor-image-" + (++n) + (type === "png" ? ".png" : ".svg");
    fs.writeFileSync(name, Buffer.from(data, "base64"));
    return "url(" + name + ")";
});
fs.writeFileSync("editor.min.css", css);
')
cp "$work/editor.min.js" "$work/editor.min.css" "$work"/editor-image-* "$out/"

# The licences of everything in the bundle: the editor's (its package carries no LICENSE file; the text is
# the one in its repository, github.com/nhn/tui.editor) and each bundled package's own file.
{
    echo "Written by scripts/vendor-editor.sh: @toast-ui/editor $editor_version and the packages it bundles,"
    echo "each under the licence below."
    echo
    echo "== @toast-ui/editor $editor_version: MIT License, Copyright (c) 2020 NHN Corp."
    echo
    sed -n '/^Permission is hereby granted/,$p' "$work/node_modules/prosemirror-model/LICENSE"
    for package in $(cd "$work/node_modules" && ls -d */ @*/*/ | sed 's#/$##' | grep -v -e '^esbuild$' -e '^@esbuild/' -e '^@toast-ui/editor$' -e '^\.'); do
        [ -f "$work/node_modules/$package/package.json" ] || continue
        version=$(node -p "require('$work/node_modules/$package/package.json').version")
        echo
        echo "== $package $version"
        echo
        cat "$work/node_modules/$package"/LICEN[CS]E* 2>/dev/null || node -p "'License: ' + require('$work/node_modules/$package/package.json').license"
    done
} > "$out/LICENSES.txt"
echo "$editor_version" > "$out/VERSION"
ls -l "$out"
