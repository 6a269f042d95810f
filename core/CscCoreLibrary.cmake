# csc_core_library(<folder> [DEPENDS <folder>...] [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# makes core/<folder> the static library csc_<folder>. See core/CMakeLists.txt for the
# order; tests/layering checks both refusals (a wrong include, a wrong declaration).
if(NOT DEFINED CSC_CORE_SOURCE_DIR)
    set(CSC_CORE_SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}")
endif()
if(NOT DEFINED CSC_CORE_INCLUDE_DIR)
    set(CSC_CORE_INCLUDE_DIR "${CMAKE_BINARY_DIR}/include")
endif()

function(csc_core_library folder)
    cmake_parse_arguments(arg "" "" "DEPENDS;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    set(target csc_${folder})
    set(visible ${folder})
    set(linked "")
    foreach(dep IN LISTS arg_DEPENDS)
        if(NOT TARGET csc_${dep})
            message(FATAL_ERROR
                "core/${folder} cannot depend on core/${dep}: csc_${dep} is not declared before "
                "csc_${folder}. Libraries are declared in dependency order (core/CMakeLists.txt), "
                "so this dependency points the wrong way or closes a cycle.")
        endif()
        get_target_property(depVisible csc_${dep} CSC_VISIBLE_FOLDERS)
        list(APPEND visible ${depVisible})
        list(APPEND linked csc_${dep})
    endforeach()
    list(REMOVE_DUPLICATES visible)

    set(includeRoot "${CSC_CORE_INCLUDE_DIR}/${target}")
    file(REMOVE_RECURSE "${includeRoot}")
    file(MAKE_DIRECTORY "${includeRoot}/core")
    foreach(v IN LISTS visible)
        file(CREATE_LINK "${CSC_CORE_SOURCE_DIR}/${v}" "${includeRoot}/core/${v}" SYMBOLIC)
    endforeach()

    add_library(${target} STATIC)
    set_target_properties(${target} PROPERTIES CSC_VISIBLE_FOLDERS "${visible}"
                                               CSC_INCLUDE_ROOT "${includeRoot}")
    target_include_directories(${target} PRIVATE "${includeRoot}")
    target_link_libraries(${target}
        PUBLIC Qt6::Core Qt6::Sql ${arg_PUBLIC_LIBS}
        PRIVATE ${linked} ${arg_PRIVATE_LIBS})
    set_property(GLOBAL APPEND PROPERTY CSC_CORE_LIBRARIES ${target})
endfunction()
