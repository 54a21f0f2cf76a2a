# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into STAGE (DESTDIR, prefix /usr, the package's layout) and checks that
# every file of docs/packaging.md is there, that the icon sizes are what their folders say,
# that every screenshot the guide shows is installed, and that the installed executables run
# (`ccplanner report` reaches ccplanner-gui in GUIDIR).
#   cmake -DBUILD_DIR= -DSTAGE= -DAPP_ID= -DVERSION= -DGUIDIR= -DSOURCE_DIR= -P checkinstall.cmake

file(REMOVE_RECURSE ${STAGE})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}
                        ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()

set(usr ${STAGE}/usr)
set(expected
    bin/ccplanner
    ${GUIDIR}/ccplanner-gui
    share/ccplanner/translations/ccplanner_zh_CN.qm
    share/ccplanner/catalog/cards.json share/ccplanner/catalog/servers.json
    share/ccplanner/catalog/fabrics.json share/ccplanner/catalog/storage.json
    share/ccplanner/catalog/sites.json share/ccplanner/catalog/SOURCES.md
    share/ccplanner/examples/example.json
    share/ccplanner/guide/en/user-guide.md share/ccplanner/guide/zh/user-guide.md
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/${APP_ID}.xml
    share/man/man1/ccplanner.1.gz
    share/doc/ccplanner/copyright)
set(sizes 16 22 24 32 48 64 128 256)
foreach(size IN LISTS sizes)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()

# Every screenshot the guides show.
foreach(lang en zh)
    file(READ ${SOURCE_DIR}/docs/guide/${lang}/user-guide.md guide)
    # "(../images/NAME.png)" of "![…](../images/NAME.png)" (a "]" would split a CMake list).
    string(REGEX MATCHALL "\\(\\.\\./images/[^)]+\\.png\\)" images "${guide}")
    list(LENGTH images count)
    if(count EQUAL 0)
        message(SEND_ERROR "docs/guide/${lang}/user-guide.md shows no screenshot")
    endif()
    foreach(image IN LISTS images)
        string(REGEX REPLACE "^\\(\\.\\./(.*)\\)$" "share/ccplanner/guide/\\1" image "${image}")
        list(APPEND expected ${image})
    endforeach()
endforeach()
list(REMOVE_DUPLICATES expected)

set(missing "")
foreach(f IN LISTS expected)
    if(NOT EXISTS ${usr}/${f})
        list(APPEND missing ${f})
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "not installed:\n  ${missing}")
endif()
list(LENGTH expected count)
message(STATUS "${count} files installed where they belong")

# A PNG's width and height are big-endian at bytes 16 and 20.
foreach(size IN LISTS sizes)
    file(READ ${usr}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png header
         OFFSET 16 LIMIT 8 HEX)
    math(EXPR want "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${want}" 2 -1 want)
    string(LENGTH "${want}" n)
    math(EXPR pad "8 - ${n}")
    string(REPEAT "0" ${pad} zeros)
    set(want "${zeros}${want}")
    if(NOT header STREQUAL "${want}${want}")
        message(FATAL_ERROR "the ${size}x${size} icon is not ${size}×${size} pixels: ${header}")
    endif()
endforeach()

# The metainfo names this version.
file(READ ${usr}/share/metainfo/${APP_ID}.metainfo.xml metainfo)
if(NOT metainfo MATCHES "<release version=\"${VERSION}\"")
    message(FATAL_ERROR "the metainfo's release is not ${VERSION}")
endif()

# The installed executables run from the staged tree, and find each other.
set(run ${CMAKE_COMMAND} -E env LC_ALL=C LANG=C QT_QPA_PLATFORM=offscreen
        XDG_DATA_HOME=${STAGE}/home XDG_CONFIG_HOME=${STAGE}/home)
execute_process(COMMAND ${run} ${usr}/bin/ccplanner --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "ccplanner ${VERSION}\n")
    message(FATAL_ERROR "installed ccplanner --version: exit ${rc}, \"${out}\" ${err}")
endif()
execute_process(COMMAND ${run} ${usr}/bin/ccplanner report -o ${STAGE}/report.pdf --lang en
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS ${STAGE}/report.pdf)
    message(FATAL_ERROR "installed ccplanner report (through ccplanner-gui): exit ${rc}: ${err}")
endif()
