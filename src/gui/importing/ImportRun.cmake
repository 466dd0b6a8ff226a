# Included from src/CMakeLists.txt whether or not the GUI is built: the CLI's worker mode needs it.
# scrutineer_importrun: one import run without widgets, in this process (ImportJob) or in a
# worker process (WorkerImport reading WorkerProtocol's JSON lines from `scrutineer-cli import
# --worker`, which runs ImportJob). The GUI and the CLI's worker mode share it.
add_library(scrutineer_importrun STATIC
    ${CMAKE_CURRENT_LIST_DIR}/ImportJob.cpp ${CMAKE_CURRENT_LIST_DIR}/ImportJob.h
    ${CMAKE_CURRENT_LIST_DIR}/ImportSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkerImport.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkerImport.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkerProtocol.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkerProtocol.h
)
target_link_libraries(scrutineer_importrun PUBLIC scrutineer_store scrutineer_import Qt6::Core)
set_target_properties(scrutineer_importrun PROPERTIES AUTOUIC OFF AUTOMOC OFF AUTORCC OFF)

