#!/usr/bin/env bash
# Makes the app image's class-data-sharing archives (AppCDS) and tells its launchers to use them: one per
# launcher, each trained by a run of that launcher doing what it is for (dev.evdash.app.TrainingRun):
#   lib/app/evdash.jsa, for bin/EVDash: `EVDash --training-run`, the window opened headless on the bundled
#     data read as a user's file (so that the JSON Schema pass is trained too), to its first frame and
#     through every view.
#   lib/app/evdash-cli.jsa, for bin/evdash-cli: `evdash-cli export --training-run`, every view of that file
#     exported as PNG, SVG, PDF and CSV with the report PDF.
# The Linux package's install script runs the same two (assets/packaging/deb/postinst).
# One archive for both was tried: it holds every class of both runs (47 MB) and the window's start took
# 2-7 % longer with it than with its own (39 MB); a command's JVM gains nothing from the window's classes.
# The JVM writes every class a run loaded into the archive, on top of the runtime's own archive; later
# starts map those classes instead of loading them. An archive belongs to this exact runtime and module
# path: both are made again with every image, and a JVM that cannot use one starts without it.
set -euo pipefail
image=$1
app="$image/lib/app"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# train LAUNCHER ARCHIVE WHAT ARGS...: runs the launcher with ARGS, writing the classes it loaded to ARCHIVE
train() {
    local launcher=$1 name=$2 what=$3 archive=$app/$2 cfg=$app/$1.cfg
    shift 3
    rm -f "$archive"
    sed -i '/SharedArchiveFile\|Xlog:cds/d' "$cfg" # a run that dumps an archive must not map one
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
        "$image/bin/$launcher" "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
    if [ ! -s "$archive" ]; then
        cat "$log"
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

train EVDash evdash.jsa "trained on the first frame and every view" --training-run
train evdash-cli evdash-cli.jsa "trained on an export of every view" export --training-run
