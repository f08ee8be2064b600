#!/usr/bin/env bash
# Makes the app image's class-data-sharing archive (AppCDS) and tells its launcher to use it.
# A training run of the image's own launcher opens the window headless (Monocle) on a copy of the
# bundled data read as a user's file (so that the JSON Schema check is trained too), reaches its first
# frame and quits; the JVM writes every class it loaded into lib/app/evdash.jsa, on
# top of the runtime's own archive. Later starts map those classes instead of loading them. The archive
# belongs to this exact runtime and module path: it is made again with every image, and a JVM that
# cannot use it starts without it. Every launcher of the image (the window's and the commands') has
# the same module and class path, so all of them use it.
set -euo pipefail
image=$1
dataset=$2
app="$image/lib/app"
archive="$app/evdash.jsa"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rm -f "$archive"
XDG_DATA_HOME="$work/data" \
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.util.prefs.userRoot=$work/prefs -Devdash.cacheDir=$work/cache -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
    "$image/bin/EVDash" --quit-after-first-frame --data "$dataset" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
if [ ! -s "$archive" ]; then
    cat "$work/log"
    echo "no archive was written" >&2
    exit 1
fi
# JDK 17 refuses the archive where the image has moved (a copy, an installer that does not make it again,
# as the .deb does): the app then starts without it, and says nothing about it on every start.
for cfg in "$app"/*.cfg; do
    if ! grep -q 'SharedArchiveFile' "$cfg"; then
        {
            echo 'java-options=-XX:SharedArchiveFile=$APPDIR/evdash.jsa'
            echo 'java-options=-Xlog:cds=off'
            echo 'java-options=-Xlog:cds+dynamic=off'
        } >>"$cfg"
    fi
done
echo "AppCDS archive: $(du -h "$archive" | cut -f1), trained on the first frame with a dataset file"
