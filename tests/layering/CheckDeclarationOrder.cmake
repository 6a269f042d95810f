# Run by CTest: configures a small project that declares storage as depending on cases
# before cases exists; csc_core_library must refuse it.
file(REMOVE_RECURSE ${WORK_DIR})
execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR} -DCSC_MODULE=${MODULE}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "declaring a dependency on a library not declared yet was accepted")
endif()
string(REGEX REPLACE "[ \n]+" " " flat "${output}")
if(NOT flat MATCHES "core/storage cannot depend on core/cases: csc_cases is not declared before csc_storage")
    message(FATAL_ERROR "the configure failed, but not with csc_core_library's refusal:\n${output}")
endif()
message(STATUS "a wrong-direction declaration is refused")
