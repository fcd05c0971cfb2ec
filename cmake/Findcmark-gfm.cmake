# Finds cmark-gfm and its extensions (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
find_path(cmark-gfm_INCLUDE_DIR NAMES cmark-gfm.h)
find_library(cmark-gfm_LIBRARY NAMES cmark-gfm)
find_library(cmark-gfm_EXTENSIONS_LIBRARY NAMES cmark-gfm-extensions)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(cmark-gfm
  REQUIRED_VARS cmark-gfm_LIBRARY cmark-gfm_EXTENSIONS_LIBRARY cmark-gfm_INCLUDE_DIR)
if(cmark-gfm_FOUND AND NOT TARGET cmark-gfm::cmark-gfm)
  add_library(cmark-gfm::cmark-gfm UNKNOWN IMPORTED)
  set_target_properties(cmark-gfm::cmark-gfm PROPERTIES
    IMPORTED_LOCATION "${cmark-gfm_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${cmark-gfm_INCLUDE_DIR}")
  add_library(cmark-gfm::extensions UNKNOWN IMPORTED)
  set_target_properties(cmark-gfm::extensions PROPERTIES
    IMPORTED_LOCATION "${cmark-gfm_EXTENSIONS_LIBRARY}"
    INTERFACE_LINK_LIBRARIES cmark-gfm::cmark-gfm)
endif()
