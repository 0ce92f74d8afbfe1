# Native-messaging manifests from one template, native-messaging-host.json.in:
#  - embedded in the binary (generated/manifest_template.hpp) for
#    `beian-assist install`, which fills in the running binary's path;
#  - configured here with the installed binary's path and installed into the
#    system-wide directories, so a package needs no post-install step.
# Included from native-host/CMakeLists.txt after GNUInstallDirs.

set(BEIAN_MANIFEST_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/native-messaging-host.json.in)
set(BEIAN_MANIFEST_DESCRIPTION "Beian Assist (算法备案助手) native messaging host")

file(READ ${BEIAN_MANIFEST_TEMPLATE} BEIAN_MANIFEST_TEMPLATE_TEXT)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${BEIAN_MANIFEST_TEMPLATE})
# configure_file does not re-expand the inserted text: its @…@ placeholders
# reach the header intact and are filled at run time.
configure_file(${CMAKE_CURRENT_LIST_DIR}/manifest_template.hpp.in
               ${CMAKE_CURRENT_BINARY_DIR}/generated/manifest_template.hpp @ONLY)

option(BEIAN_INSTALL_SYSTEM_MANIFESTS
       "Install the system-wide browser manifests (absolute directories under /etc and /usr/lib)"
       ON)
set(BEIAN_CHROMIUM_MANIFEST_DIRS
    "/etc/chromium/native-messaging-hosts;/etc/opt/chrome/native-messaging-hosts;/etc/opt/edge/native-messaging-hosts"
    CACHE STRING "System manifest directories of the Chromium family (Brave reads Chrome's)")
set(BEIAN_FIREFOX_MANIFEST_DIR "/usr/lib/mozilla/native-messaging-hosts"
    CACHE PATH "Firefox's system manifest directory (/usr/lib64/mozilla/... on Fedora and openSUSE)")

# The path the package installs the binary to: browsers need it absolute.
set(BEIAN_MANIFEST_PATH "${CMAKE_INSTALL_FULL_BINDIR}/beian-assist")
set(BEIAN_PACKAGED_MANIFEST_DIR ${CMAKE_CURRENT_BINARY_DIR}/packaging)
foreach(family chromium firefox)
  if(family STREQUAL "chromium")
    set(BEIAN_MANIFEST_ALLOW_KEY "allowed_origins")
    set(BEIAN_MANIFEST_ALLOW_VALUE "chrome-extension://${BEIAN_CHROMIUM_EXTENSION_ID}/")
  else()
    set(BEIAN_MANIFEST_ALLOW_KEY "allowed_extensions")
    set(BEIAN_MANIFEST_ALLOW_VALUE "${BEIAN_GECKO_EXTENSION_ID}")
  endif()
  configure_file(${BEIAN_MANIFEST_TEMPLATE}
                 ${BEIAN_PACKAGED_MANIFEST_DIR}/${family}/${BEIAN_HOST_NAME}.json @ONLY)
endforeach()

if(BEIAN_INSTALL_SYSTEM_MANIFESTS)
  set(manifest_permissions OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  foreach(dir IN LISTS BEIAN_CHROMIUM_MANIFEST_DIRS)
    install(FILES ${BEIAN_PACKAGED_MANIFEST_DIR}/chromium/${BEIAN_HOST_NAME}.json
            DESTINATION ${dir} PERMISSIONS ${manifest_permissions})
  endforeach()
  install(FILES ${BEIAN_PACKAGED_MANIFEST_DIR}/firefox/${BEIAN_HOST_NAME}.json
          DESTINATION ${BEIAN_FIREFOX_MANIFEST_DIR} PERMISSIONS ${manifest_permissions})
endif()
