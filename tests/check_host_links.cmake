# CTest: the native host (HOST) must not load an HTTP, TLS or compression
# library, directly (readelf's NEEDED entries) or through another library
# (ldd); the rehearsal server (REHEARSE) must load cpp-httplib and the
# documents companion (DOCUMENTS) libzip, which shows the patterns still match
# what they are meant to catch.
#   cmake -DHOST=… -DREHEARSE=… -DDOCUMENTS=… -P check_host_links.cmake
set(forbidden "(httplib|libssl|libcrypto|gnutls|nettle-tls|libcurl|nghttp|brotli|libz\\.|libzstd|liblzma|libbz2|libzip|libarchive)")

function(libraries_of binary out)
  execute_process(COMMAND readelf -d ${binary} OUTPUT_VARIABLE needed RESULT_VARIABLE rc1)
  execute_process(COMMAND ldd ${binary} OUTPUT_VARIABLE loaded RESULT_VARIABLE rc2)
  if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
    message(FATAL_ERROR "readelf -d / ldd failed on ${binary}")
  endif()
  set(${out} "${needed}\n${loaded}" PARENT_SCOPE)
endfunction()

libraries_of(${HOST} host_libraries)
string(REGEX MATCHALL "[^ \t\n]*${forbidden}[^ \t\n]*" found "${host_libraries}")
if(found)
  list(REMOVE_DUPLICATES found)
  message(FATAL_ERROR "${HOST} loads ${found}: the host browsers start must not link HTTP, TLS or compression libraries")
endif()

libraries_of(${REHEARSE} rehearse_libraries)
if(NOT rehearse_libraries MATCHES "httplib")
  message(FATAL_ERROR "${REHEARSE} does not load cpp-httplib: the check's patterns no longer match it")
endif()
libraries_of(${DOCUMENTS} documents_libraries)
if(NOT documents_libraries MATCHES "libzip")
  message(FATAL_ERROR "${DOCUMENTS} does not load libzip: the check's patterns no longer match it")
endif()
string(REGEX MATCHALL "lib[^ \t\n/]*\\.so[.0-9]*" host_list "${host_libraries}")
list(REMOVE_DUPLICATES host_list)
message(STATUS "${HOST} loads: ${host_list}")
