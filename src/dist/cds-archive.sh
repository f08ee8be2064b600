#!/usr/bin/env bash
# The app image's class-data-sharing archives (AppCDS): makes them and tells the launchers to use them, or
# with --remove takes them out again. It ships in the Linux image as lib/cds-archive.sh.
#   cds-archive.sh IMAGE            make both archives for the image in IMAGE (the build; the .deb and .rpm
#                                   at install, for the folder they install into)
#   cds-archive.sh --remove IMAGE   remove them and the launchers' lines naming them (the image copy the
#                                   installers are made from; the packages' uninstall)
# One archive per launcher, each trained by a run of that launcher doing what it is for
# (dev.evdash.app.TrainingRun):
#   lib/app/evdash.jsa, for bin/EVDash: `EVDash --training-run`, the window opened headless on the bundled
#     data read as a user's file (so that the JSON Schema pass is trained too), to its first frame and
#     through every view.
#   lib/app/evdash-cli.jsa, for bin/evdash-cli: `evdash-cli export --training-run`, every view of that file
#     exported as PNG, SVG, PDF and CSV with the report PDF.
# One archive for both was tried: it holds every class of both runs (47 MB) and the window's start took
# 2-7 % longer with it than with its own (39 MB); a command's JVM gains nothing from the window's classes.
# The JVM writes every class a run loaded into the archive, on top of the runtime's own archive; later
# starts map those classes instead of loading them. An archive belongs to this exact runtime and module
# path, and JDK 17 refuses it anywhere else (a copy, an installed package): it is made again with every
# image and at every install, and a JVM that cannot use one starts without it, saying nothing.
set -euo pipefail
remove=false
if [ "${1:-}" = --remove ]; then
    remove=true
    shift
fi
image=$1
app="$image/lib/app"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# forget LAUNCHER ARCHIVE: the archive removed, and the launcher's options naming it
forget() {
    rm -f "$app/$2"
    sed -i '/SharedArchiveFile\|Xlog:cds/d' "$app/$1.cfg"
}

# train LAUNCHER ARCHIVE WHAT ARGS...: runs the launcher with ARGS, writing the classes it loaded to ARCHIVE
train() {
    local launcher=$1 name=$2 what=$3 archive=$app/$2 cfg=$app/$1.cfg
    shift 3
    forget "$launcher" "$name" # a run that dumps an archive must not map one
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
        timeout 300 "$image/bin/$launcher" "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
    if [ ! -s "$archive" ]; then
        cat "$log"
        echo "no archive was written for $launcher" >&2
        exit 1
    fi
    {
        echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$name"
        echo 'java-options=-Xlog:cds=off'
        echo 'java-options=-Xlog:cds+dynamic=off'
    } >>"$cfg"
    echo "AppCDS archive for $launcher: $(du -h "$archive" | cut -f1), $what"
}

if $remove; then
    forget EVDash evdash.jsa
    forget evdash-cli evdash-cli.jsa
    exit 0
fi
train EVDash evdash.jsa "trained on the first frame and every view" --training-run
train evdash-cli evdash-cli.jsa "trained on an export of every view" export --training-run
