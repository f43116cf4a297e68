#!/usr/bin/env bash
# Checks the .deb that `./mvnw -Pdist package` made, without installing it: the package's
# metadata (and the .rpm's), then the launcher unpacked into a temporary folder, run as a user whose home is
# another temporary folder: --version, `demo` and `stats` on a temporary store, the console's
# window under Xvfb, and the files the runs left (in the per-user folders, none in the install
# folder).
# With --install (as root, on a machine where that may be done): also installs the package with
# apt, runs `gavel` from the PATH, removes the package again and checks that the user's store
# is still there.
# Usage: packaging/linux/check-deb.sh [--install] [PATH/TO/gavel_VERSION-1_ARCH.deb]
# Ends with the line 'N passed, N failed'; exits 1 if any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

install=false
if [ "${1:-}" = --install ]; then
    install=true
    shift
fi
version=$(grep -m1 -oP '(?<=<version>)[^<]+' pom.xml)
version=${version%%-*}
deb=$(realpath -m "${1:-target/dist/gavel_${version}-1_$(dpkg --print-architecture).deb}")

passed=0
failed=0
check() { # check DESCRIPTION COMMAND...: runs COMMAND, counts and reports the result
    local description=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $description"
    else
        failed=$((failed + 1))
        echo "FAIL $description"
    fi
}
finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

if [ ! -f "$deb" ]; then
    echo "FAIL $deb does not exist; build it with: ./mvnw -B -Pdist package -DskipTests"
    failed=1
    finish
fi

work=$(mktemp -d)
cleanup() {
    if [ "$install" = true ] && dpkg-query -W gavel >/dev/null 2>&1; then
        dpkg --purge gavel >/dev/null 2>&1
    fi
    rm -rf "$work"
}
trap cleanup EXIT

field() { dpkg-deb --field "$deb" "$1"; }
check "package name is gavel" test "$(field Package)" = gavel
check "package version is $version-1" test "$(field Version)" = "$version-1"
check "package has a description" test -n "$(field Description)"
check "package names its vendor as maintainer" test -n "$(field Maintainer)"
# jpackage derives the dependencies from the shared libraries in the package: JavaFX's
# libglassgtk3.so among them only if its native libraries sit in the runtime's lib/
check "package depends on the GTK 3 library JavaFX needs" grep -qw libgtk-3-0 <<<"$(field Depends)"

root=$work/root
dpkg-deb --extract "$deb" "$root"
app=$root/opt/gavel
launcher=$app/bin/Gavel
check "launcher is installed at /opt/gavel/bin/Gavel" test -x "$launcher"
check "JavaFX native libraries are in the runtime" test -f "$app/lib/runtime/lib/libglassgtk3.so"
check "desktop entry is in the Office and Network categories" \
    grep -qx 'Categories=Office;Network;' "$app/lib/gavel-Gavel.desktop"
check "postinst puts gavel on the PATH" grep -q 'ln -sf /opt/gavel/bin/Gavel /usr/bin/gavel' \
    <(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./postinst)

# the .rpm beside it: built on Debian, rpmbuild cannot see which packages provide the libraries,
# so packaging/linux/rpm.txt names them
rpm=target/dist/gavel-${version}-1.$(uname -m).rpm
check "rpm exists beside the deb" test -f "$rpm"
if [ -f "$rpm" ]; then
    check "rpm name and version" test "$(rpm -qp --qf '%{NAME} %{VERSION}' "$rpm" 2>/dev/null)" = "gavel $version"
    check "rpm requires the GTK 3 library JavaFX needs" grep -qF 'libgtk-3.so.0()(64bit)' <(rpm -qp --requires "$rpm" 2>/dev/null)
fi

# per-user folders of their own (Java takes the home folder from the user account, not $HOME)
export XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config XDG_STATE_HOME=$work/home/state
unset GAVEL_HOME
touch "$work/before-runs"

check "--version prints Gavel $version" test "$("$launcher" --version)" = "Gavel $version"

store=$work/store/gavel.db
mkdir -p "$work/store"
check "demo makes a store" bash -c "'$launcher' demo --db '$store' --days 30 --messages 20000 --end 2025-06-30 > '$work/demo.log'"
check "stats reads it" bash -c "'$launcher' stats --db '$store' --from 2025-06-01 --to 2025-06-30 \
    --report overview --format json > '$work/stats.json'"
check "stats printed a JSON document" grep -q '^{' "$work/stats.json"

# the console, once the build has it (`gavel ui`): a window under Xvfb, JavaFX's native
# libraries loaded from the runtime (not unpacked into the home folder)
if "$launcher" --help | grep -qE '^ +ui +'; then
    check "the console shows its window" env JAVA_TOOL_OPTIONS="-Duser.home=$work/home" \
        packaging/linux/first-window.sh "$launcher" 1 Gavel
    check "JavaFX did not unpack libraries into the home folder" test ! -e "$work/home/.openjfx"
else
    echo "skip the console: this build has no 'gavel ui' yet"
fi

check "logs went to the per-user state folder" test -f "$XDG_STATE_HOME/gavel/logs/gavel.log"
check "nothing was written into the install folder" \
    test -z "$(find "$app" -newer "$work/before-runs" -print -quit)"

if [ "$install" = true ]; then
    if dpkg-query -W gavel >/dev/null 2>&1; then
        echo "FAIL gavel is installed already; remove it first (apt remove gavel)"
        failed=$((failed + 1))
        finish
    fi
    check "apt installs the package" bash -c \
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends '$deb' > '$work/apt.log' 2>&1"
    check "gavel on the PATH runs the installed launcher" test "$(readlink -f "$(command -v gavel)")" = /opt/gavel/bin/Gavel
    check "gavel --version from the PATH" test "$(gavel --version)" = "Gavel $version"
    user_store=$XDG_DATA_HOME/gavel/gavel.db
    mkdir -p "$(dirname "$user_store")"
    check "demo makes a store in the per-user data folder" bash -c "gavel demo --db '$user_store' --days 7 --messages 1000 > '$work/demo.log'"
    check "apt removes the package" bash -c "DEBIAN_FRONTEND=noninteractive apt-get remove -y -q gavel > '$work/apt.log' 2>&1"
    check "the install folder is gone" test ! -e /opt/gavel
    check "the gavel link is gone" test ! -e /usr/bin/gavel
    check "the user's store is left in place" test -s "$user_store"
fi

finish
