#!/bin/sh
# EVDash's launcher on Linux (bin/EVDash, bin/evdash-cli): starts the image's own runtime with the options
# in lib/app/<launcher name>.cfg, the file jpackage wrote for its native launcher, which this replaces.
# jpackage's launcher asks rpm and then dpkg which package owns it (rpm -qf, dpkg -S) before every start,
# to find its library: each query reads the whole package database, about 0.3 s a start on a machine
# with few packages, more on a desktop with thousands. This starts the same JVM, the same way, without.
set -eu
self=$(readlink -f -- "$0")
name=${self##*/}
root=${self%/bin/*}
APPDIR=$root/lib/app
cfg=$APPDIR/$name.cfg
if [ ! -r "$cfg" ]; then
    echo "$name: the launcher's settings are missing: $cfg" >&2
    exit 1
fi
# the options go after the command's own arguments, which are then moved behind them
count=$#
main=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*)
            opt=${line#java-options=}
            while :; do
                case $opt in
                    *'$APPDIR'*) opt=${opt%%'$APPDIR'*}$APPDIR${opt#*'$APPDIR'} ;;
                    *) break ;;
                esac
            done
            set -- "$@" "$opt"
            ;;
        app.mainmodule=*) main=${line#app.mainmodule=} ;;
    esac
done <"$cfg"
if [ -z "$main" ]; then
    echo "$name: no main module in $cfg" >&2
    exit 1
fi
set -- "$@" "-Djpackage.app-path=$self" -m "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
