# Run by CTest (tests/layering/CMakeLists.txt): builds the two probes in BUILD_DIR.
foreach(probe right wrong)
    execute_process(
        COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target csc_layering_${probe}
        RESULT_VARIABLE result${probe}
        OUTPUT_VARIABLE output${probe}
        ERROR_VARIABLE output${probe})
endforeach()
if(NOT resultright EQUAL 0)
    message(FATAL_ERROR "storage including its own and util's headers did not compile:\n${outputright}")
endif()
if(resultwrong EQUAL 0)
    message(FATAL_ERROR "storage including a cases header compiled: the include roots do not "
                        "enforce the direction of core's libraries")
endif()
if(NOT outputwrong MATCHES "core/cases/CaseTypes.h: No such file")
    message(FATAL_ERROR "the wrong-direction probe failed, but not because the header is not "
                        "visible:\n${outputwrong}")
endif()
message(STATUS "storage cannot include cases (No such file); it can include storage and util")
