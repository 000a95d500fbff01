# One INTERFACE target that every Kestrel target links: language level, warnings, Qt strictness.
add_library(kestrel_common INTERFACE)
target_compile_features(kestrel_common INTERFACE cxx_std_20)
target_compile_options(kestrel_common INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(kestrel_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
)
set(CMAKE_AUTOMOC ON)

# Runtime layout of the build tree, mirrored by an install: bin/ holds the executables,
# bin/plugins/<kind>/ the Qt plugins, share/kestrel/ the models and the demo.
set(KESTREL_PLUGIN_OUTPUT_DIR ${CMAKE_BINARY_DIR}/bin/plugins)
set(KESTREL_SHARE_OUTPUT_DIR ${CMAKE_BINARY_DIR}/share/kestrel)

# core must stay GUI-free: fail at configure time if anything it links pulls in QtGui or Widgets.
function(kestrel_assert_gui_free target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    get_target_property(_ilibs ${target} INTERFACE_LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs _ilibs)
        if(_lib MATCHES "Qt6?::(Gui|Widgets|OpenGL|Quick|Multimedia)")
            message(FATAL_ERROR "${target} must stay GUI-free but links ${_lib}")
        endif()
        if(TARGET ${_lib})
            get_target_property(_deps ${_lib} INTERFACE_LINK_LIBRARIES)
            foreach(_dep IN LISTS _deps)
                if(_dep MATCHES "Qt6?::(Gui|Widgets)")
                    message(FATAL_ERROR "${target} must stay GUI-free but ${_lib} brings ${_dep}")
                endif()
            endforeach()
        endif()
    endforeach()
endfunction()
