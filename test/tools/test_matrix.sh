#!/usr/bin/env bash
# make test-matrix: the same `make test`, from a clone of HEAD, inside Debian roots that carry other
# QGIS versions (Debian 13 "trixie": QGIS 3.40; Debian sid: QGIS 3.44), and the unit tier (`make unit-py39`)
# inside Debian 11 "bullseye", for Python 3.9 (QGIS 3.22-3.28 on Windows run it; bullseye's own QGIS is too old
# for the QGIS tier). The roots are built once with debootstrap from Debian's archive and cached under
# build/matrix/; a later run only refreshes them.
# Prints one line per QGIS version with its pass and fail counts; exits non-zero when any fails.
#
# Settings: CE_MATRIX_SUITES (default "trixie sid bullseye"), CE_DEBIAN_MIRROR, CE_MATRIX_DIR.
set -euo pipefail

repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cache=${CE_MATRIX_DIR:-$repo/build/matrix}
mirror=${CE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
read -r -a suites <<< "${CE_MATRIX_SUITES:-trixie sid bullseye}"
host_ca=/etc/ssl/certs/ca-certificates.crt

if [ "$(id -u)" -ne 0 ]; then
  echo "make test-matrix builds chroots with debootstrap and must run as root (sudo make test-matrix)." >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null; then
  apt-get install -y -q --no-install-recommends debootstrap >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends debootstrap >/dev/null; }
fi
mkdir -p "$cache"

mounts=()
unmount_all() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" ||
      echo "test-matrix: could not unmount ${mounts[i]}; unmount it by hand" >&2
  done
  mounts=()
}
on_exit() {
  local rc=$?
  unmount_all
  # A root whose build was interrupted is never taken for a finished one.
  rm -rf "$cache"/*.partial
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT TERM

mount_into() {  # root: bind the kernel's file systems, so apt, Xvfb and QGIS work inside
  local root=$1
  mount --bind /dev "$root/dev" && mounts+=("$root/dev")
  mount --bind /dev/pts "$root/dev/pts" && mounts+=("$root/dev/pts")
  mount -t proc proc "$root/proc" && mounts+=("$root/proc")
  mount -t sysfs sysfs "$root/sys" && mounts+=("$root/sys")
  mount -t tmpfs tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")
}

trust_host() {  # root: the host's name service and CA bundle, so pip trusts what the host trusts
  local root=$1
  # Packages never start services in a root (PostgreSQL's would outlive the run): the tests start their own.
  mkdir -p "$root/usr/sbin" && printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  if [ -r "$host_ca" ]; then
    mkdir -p "$root/etc/ssl/certs"
    cp "$host_ca" "$root/etc/ssl/certs/ca-certificates.crt"
  fi
}

in_root() {  # root command...
  local root=$1; shift
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive PIP_CERT=/etc/ssl/certs/ca-certificates.crt "$@"
}

unit_only() { [ "$1" = bullseye ]; }  # suite: its Python is older than any QGIS it has
tier_option() { if unit_only "$1"; then echo --unit; fi; }
build_root() {  # suite: a root with the project's system packages, cached
  local suite=$1 root=$cache/$1 partial=$cache/$1.partial
  if [ -e "$root/.ce-ready" ]; then
    return 0
  fi
  echo "building the Debian $suite root under $root (debootstrap; once, then cached)"
  rm -rf "$partial" "$root"
  debootstrap --variant=minbase --include=ca-certificates,make,git,python3 \
    "$suite" "$partial" "$mirror" > "$cache/$suite.debootstrap.log" 2>&1 || {
      echo "debootstrap $suite failed; see $cache/$suite.debootstrap.log" >&2; tail -5 "$cache/$suite.debootstrap.log" >&2
      return 1; }
  # sid's Release file is valid for a week only; a cached root must still update after that.
  printf 'Acquire::Check-Valid-Until "false";\n' > "$partial/etc/apt/apt.conf.d/99ce-matrix"
  printf 'APT::Install-Recommends "false";\n' >> "$partial/etc/apt/apt.conf.d/99ce-matrix"
  trust_host "$partial"
  mount_into "$partial"
  cp "$repo/test/tools/install_system_packages.sh" "$partial/tmp/"
  in_root "$partial" bash /tmp/install_system_packages.sh $(tier_option "$suite") > "$cache/$suite.packages.log" 2>&1 || {
      unmount_all; echo "installing packages into $suite failed; see $cache/$suite.packages.log" >&2
      tail -5 "$cache/$suite.packages.log" >&2; return 1; }
  in_root "$partial" apt-get clean
  unmount_all
  touch "$partial/.ce-ready"
  mv "$partial" "$root"
}

# Sums pytest's summary lines ("== 321 passed, 1 skipped in 40.1s ==") of one log.
count() {  # log word
  grep -E '^=+ .* in [0-9.]+s.* =+$' "$1" | grep -oE "[0-9]+ $2" | awk '{s += $1} END {print s + 0}'
}

summary=()
status=0
for suite in "${suites[@]}"; do
  if ! build_root "$suite"; then
    summary+=("Debian $suite: root not built (see $cache/$suite.*.log)"); status=1; continue
  fi
  root=$cache/$suite
  trust_host "$root"
  rm -rf "$root/work" && mkdir -p "$root/work"
  git clone -q "$repo" "$root/work/conflict_evidence"
  # The seed check compares with ../shared/seed when it sits beside the checkout, as in CI.
  if [ -d "$repo/../shared/seed" ]; then
    mkdir -p "$root/work/shared" && cp -r "$repo/../shared/seed" "$root/work/shared/"
  fi
  mount_into "$root"
  log=$cache/$suite.test.log
  target=test
  unit_only "$suite" && target=unit-py39
  echo "make $target in Debian $suite (log: $log)"
  started=$(date +%s)
  if in_root "$root" bash -c "cd /work/conflict_evidence && make $target" > "$log" 2>&1; then
    result="make $target passed"
  else
    result="make $target FAILED"; status=1
  fi
  unmount_all
  qgis=$(chroot "$root" dpkg-query -W -f='${Version}' qgis 2>/dev/null | sed 's/[+-].*//')
  py=$(chroot "$root" python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  lint=""
  if grep -q '^make: \*\*\* \[Makefile:[0-9]*: lint\]' "$log"; then lint=", lint failed"; fi
  what="QGIS $qgis"
  unit_only "$suite" && what="Unit tier"
  summary+=("$what (Debian $suite, Python $py): $(count "$log" passed) passed, $(count "$log" failed) failed, \
$(count "$log" error) errors, $(count "$log" skipped) skipped$lint; $result in $(( $(date +%s) - started )) s")
  [ "$result" = "make $target passed" ] || tail -30 "$log"
done

echo
echo "test matrix:"
printf '  %s\n' "${summary[@]}"
exit "$status"
