#!/usr/bin/env bash
# Makes the app image's class-data-sharing archives (AppCDS) and tells its launchers to use them: one per
# launcher, each trained by a run of that launcher doing what it is for.
#   lib/app/evdash.jsa, for bin/EVDash: the window opens headless (Monocle) on the bundled data read as
#     a user's file (so that the JSON Schema check is trained too), reaches its first frame, opens every
#     view in turn (--training-run) and quits.
#   lib/app/evdash-cli.jsa, for bin/evdash-cli: an export of every view of that file as PNG, SVG, PDF and
#     CSV with the report PDF (the data read and checked as validate does, the toolkit started headless).
# One archive for both was tried: it holds every class of both runs (47 MB) and the window's start took
# 2-7 % longer with it than with its own (39 MB); a command's JVM gains nothing from the window's classes.
# The JVM writes every class a run loaded into the archive, on top of the runtime's own archive; later
# starts map those classes instead of loading them. An archive belongs to this exact runtime and module
# path: both are made again with every image, and a JVM that cannot use one starts without it.
set -euo pipefail
image=$1
dataset=$2
app="$image/lib/app"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# train LAUNCHER ARCHIVE WHAT ARGS...: runs the launcher with ARGS, writing the classes it loaded to ARCHIVE
train() {
    local launcher=$1 name=$2 what=$3 archive=$app/$2 cfg=$app/$1.cfg
    shift 3
    rm -f "$archive"
    sed -i '/SharedArchiveFile\|Xlog:cds/d' "$cfg" # a run that dumps an archive must not map one
    XDG_DATA_HOME="$work/data" \
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.util.prefs.userRoot=$work/prefs -Devdash.cacheDir=$work/cache-$launcher -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
        "$image/bin/$launcher" "$@" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }
    if [ ! -s "$archive" ]; then
        cat "$work/log"
        echo "no archive was written for $launcher" >&2
        exit 1
    fi
    # JDK 17 refuses the archive where the image has moved (a copy, an installer that does not make it
    # again, as the .deb does): the app then starts without it, and says nothing about it on every start.
    {
        echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$name"
        echo 'java-options=-Xlog:cds=off'
        echo 'java-options=-Xlog:cds+dynamic=off'
    } >>"$cfg"
    echo "AppCDS archive for $launcher: $(du -h "$archive" | cut -f1), $what"
}

train EVDash evdash.jsa "trained on the first frame and every view" --training-run --data "$dataset"
train evdash-cli evdash-cli.jsa "trained on an export of every view" export --data "$dataset" --views all \
    --format png,svg,pdf --csv --out "$work/pack" --report "$work/report.pdf"
