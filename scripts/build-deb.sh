#!/usr/bin/env bash
# Builds the Debian package in build-deb/: configured for /usr (the manifests
# name /usr/bin/beian-assist), the binaries only, then `cpack -G DEB`. Needs
# dpkg-dev for dpkg-shlibdeps (the package's Depends). Two executables:
# beian-assist and the rehearsal server beian-assist-rehearse, which it execs.
# RelWithDebInfo (-O2, stripped by CPack): GCC 12 at -O3 raises false
# -Wrestrict warnings in std::string code.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-deb -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
  -DBEIAN_BUILD_TESTS=OFF -DBEIAN_WERROR="${BEIAN_WERROR:-OFF}" >/dev/null
cmake --build build-deb --target beian-assist beian-assist-rehearse -j "$(nproc)"
(cd build-deb && cpack -G DEB)
deb=$(ls build-deb/beian-assist_*.deb)
echo "== $deb"
dpkg -c "$deb"
