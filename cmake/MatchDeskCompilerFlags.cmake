# Warnings, hardening and sanitizers for every MatchDesk target (after KeePassXC's CMakeLists).
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(matchdesk_flags INTERFACE)
target_compile_options(matchdesk_flags INTERFACE
    -Wall -Wextra -Wformat=2 -Wundef -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
    -Werror=format-security -Werror=return-type
    -fstack-protector-strong -fno-strict-aliasing)
target_compile_definitions(matchdesk_flags INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_STRICT_ITERATORS
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(matchdesk_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
if(MATCHDESK_WERROR)
    target_compile_options(matchdesk_flags INTERFACE -Werror)
endif()
if(MATCHDESK_SANITIZE)
    target_compile_options(matchdesk_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                     -fno-sanitize-recover=undefined)
    target_link_options(matchdesk_flags INTERFACE -fsanitize=address,undefined)
endif()

# matchdesk_add_library(NAME SOURCES... [LIBS ...]): one static library per src/ folder.
function(matchdesk_add_library NAME)
    cmake_parse_arguments(L "" "" "SOURCES;LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${NAME} STATIC ${L_SOURCES})
    target_include_directories(${NAME} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/.." "${CMAKE_CURRENT_BINARY_DIR}/..")
    target_link_libraries(${NAME} PUBLIC matchdesk_flags ${L_LIBS} PRIVATE ${L_PRIVATE_LIBS})
endfunction()
