#!/usr/bin/env bash
# Where kidsnews/static/fonts/ came from, and how to make it again.
#
# The reading-preferences panel offers Atkinson Hyperlegible (Braille Institute, SIL Open Font
# License 1.1), a typeface designed for low-vision readers whose letters are hard to mistake for
# each other (b/d, I/l/1, O/0). It is self-hosted: no page ever fetches a font from elsewhere.
# The files are committed; this script is only run by a person to check or refresh them
# (`make fonts`), never by the site or the tests.
set -euo pipefail
PACKAGE="@fontsource/atkinson-hyperlegible"
VERSION="5.3.0"
SHA256="6c22186d05f555e1ebf58431ef2c154445e64b760e381c483a56a0a0c5dc2d43"
DEST="$(cd "$(dirname "$0")/.." && pwd)/kidsnews/static/fonts"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "$PACKAGE@$VERSION" >/dev/null
tarball="fontsource-atkinson-hyperlegible-$VERSION.tgz"
echo "$SHA256  $tarball" | sha256sum --check --quiet
tar xzf "$tarball"
mkdir -p "$DEST"
for style in 400-normal 700-normal 400-italic 700-italic; do
    cp "package/files/atkinson-hyperlegible-latin-$style.woff2" "$DEST/"
done
cp package/LICENSE "$DEST/OFL-atkinson-hyperlegible.txt"
echo "Atkinson Hyperlegible $VERSION (latin subset, woff2) copied to $DEST"
