# claimcheck_embed_data(TARGET FILE...): compiles data files (the newsroom's
# word tables under data/) into TARGET. For data/units.tsv it generates
# "embedded/units_tsv.hpp" declaring
#     namespace claimcheck::data { std::string_view units_tsv(); }
# The file is read at build time and re-embedded whenever it changes, so the
# binary needs no data files at run time.
function(claimcheck_embed_data target)
  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/embedded")
  foreach(file IN LISTS ARGN)
    get_filename_component(abs "${file}" ABSOLUTE)
    get_filename_component(name "${abs}" NAME)
    string(MAKE_C_IDENTIFIER "${name}" ident)
    set(cpp "${out_dir}/${ident}.cpp")
    add_custom_command(
      OUTPUT "${cpp}" "${out_dir}/embedded/${ident}.hpp"
      COMMAND "${CMAKE_COMMAND}" -DIN=${abs} -DOUT_DIR=${out_dir} -DIDENT=${ident}
              -P "${CLAIMCHECK_EMBED_SCRIPT}"
      DEPENDS "${abs}" "${CLAIMCHECK_EMBED_SCRIPT}"
      COMMENT "Embedding ${name}" VERBATIM)
    target_sources(${target} PRIVATE "${cpp}")
  endforeach()
  target_include_directories(${target} PUBLIC "${out_dir}")
endfunction()
set(CLAIMCHECK_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_file.cmake" CACHE INTERNAL "")
