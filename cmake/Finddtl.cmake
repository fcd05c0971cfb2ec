# Finds dtl, the header-only diff template library (Debian: libdtl-dev).
find_path(dtl_INCLUDE_DIR NAMES dtl/dtl.hpp)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(dtl REQUIRED_VARS dtl_INCLUDE_DIR)
if(dtl_FOUND AND NOT TARGET dtl::dtl)
  add_library(dtl::dtl INTERFACE IMPORTED)
  set_target_properties(dtl::dtl PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${dtl_INCLUDE_DIR}")
endif()
