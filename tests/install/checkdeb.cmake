# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with CPack and checks its control file: the dependencies on
# Debian 12's Qt, SQLite, libxlsxwriter and CJK-font packages, and the files it carries.
#   cmake -DBUILD_DIR= -DOUT= -DAPP_ID= -DGUIDIR= -P checkdeb.cmake

file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND cpack -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs ${OUT}/ccplanner_*.deb)
list(LENGTH debs count)
if(NOT rc EQUAL 0 OR NOT count EQUAL 1)
    message(FATAL_ERROR "cpack -G DEB: exit ${rc}, ${count} packages\n${out}\n${err}")
endif()
message(STATUS "built ${debs}")

execute_process(COMMAND dpkg-deb -f ${debs} Package Depends
                RESULT_VARIABLE rc OUTPUT_VARIABLE control)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -f failed")
endif()
message(STATUS "${control}")
foreach(dependency libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6printsupport6
        libqt6sql6 libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libsqlite3-0 libxlsxwriter
        fonts-wqy-microhei libstdc\\+\\+6 libc6)
    if(NOT control MATCHES "[:,] ${dependency}[ ,(0-9\n]")
        message(SEND_ERROR "Depends lacks ${dependency}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE contents)
foreach(f ./usr/bin/ccplanner ./usr/${GUIDIR}/ccplanner-gui
        ./usr/share/applications/${APP_ID}.desktop ./usr/share/metainfo/${APP_ID}.metainfo.xml
        ./usr/share/mime/packages/${APP_ID}.xml ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        ./usr/share/man/man1/ccplanner.1.gz ./usr/share/ccplanner/guide/en/user-guide.md
        ./usr/share/ccplanner/guide/zh/user-guide.md)
    string(FIND "${contents}" " ${f}\n" at)
    if(at EQUAL -1)
        message(SEND_ERROR "the package lacks ${f}")
    endif()
endforeach()
