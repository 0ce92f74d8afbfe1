# A Debian package from CPack: `cpack -G DEB` in a build configured with
# -DCMAKE_INSTALL_PREFIX=/usr (scripts/build-deb.sh does both). The manifests
# are plain files of the package (manifests.cmake), so nothing runs after
# installation. Included from the top-level CMakeLists.txt.

set(BEIAN_PACKAGE_MAINTAINER "Beian Assist <noreply@beianassist.cn>"
    CACHE STRING "Maintainer field of the .deb")

set(CPACK_PACKAGE_NAME "beian-assist")
set(CPACK_PACKAGE_VENDOR "Beian Assist")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Algorithm filing assistant (算法备案助手): dossier checks and browser native host")
set(CPACK_PACKAGE_DESCRIPTION
    "Keeps a validated dossier for the CAC algorithm filing portal, checks it the way reviewers do and, with its browser extension, fills the portal field by field. Installs the native messaging host manifests for Chrome, Chromium, Edge, Brave and Firefox.")
set(CPACK_PACKAGE_CONTACT "${BEIAN_PACKAGE_MAINTAINER}")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
# The manifests name ${CMAKE_INSTALL_FULL_BINDIR}/beian-assist: the package
# must install under the same prefix, and DESTDIR carries the absolute /etc
# and /usr/lib manifest directories into the package.
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_SET_DESTDIR ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://beianassist.cn")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# Files under /etc are conffiles in Debian: an administrator's edit survives
# an upgrade.
if(BEIAN_INSTALL_SYSTEM_MANIFESTS)
  set(conffiles "")
  foreach(dir IN LISTS BEIAN_CHROMIUM_MANIFEST_DIRS)
    if(dir MATCHES "^/etc/")
      string(APPEND conffiles "${dir}/${BEIAN_HOST_NAME}.json\n")
    endif()
  endforeach()
  file(WRITE ${CMAKE_BINARY_DIR}/debian/conffiles "${conffiles}")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/debian/conffiles)
endif()

if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr")
  message(STATUS "beian-assist: packages will install under ${CMAKE_INSTALL_PREFIX}; "
                 "configure with -DCMAKE_INSTALL_PREFIX=/usr for a Debian package")
endif()

include(CPack)
