# cmake -DPROGRAM=<file> -P CheckRunPath.cmake: fails when the program carries a run path with an
# empty entry (the loader reads it as the current folder, so a library planted where the user runs
# the program would be loaded) or any run path at all (Scrutineer ships no shared libraries).
file(READ_ELF "${PROGRAM}" RPATH rpath RUNPATH runpath)
if(rpath OR runpath)
    message(FATAL_ERROR "${PROGRAM} has a run path: RPATH '${rpath}' RUNPATH '${runpath}'")
endif()
message(STATUS "${PROGRAM}: no run path")
