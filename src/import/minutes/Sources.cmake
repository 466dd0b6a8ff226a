target_sources(scrutineer_import PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MinutesParser.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesParser.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesLines.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesLines.h
    ${CMAKE_CURRENT_LIST_DIR}/PageLines.cpp ${CMAKE_CURRENT_LIST_DIR}/PageLines.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesLocator.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesLocator.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesHeaderReader.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesHeaderReader.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesWording.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesWording.h
    ${CMAKE_CURRENT_LIST_DIR}/MinutesSetReader.cpp ${CMAKE_CURRENT_LIST_DIR}/MinutesSetReader.h
    ${CMAKE_CURRENT_LIST_DIR}/MinuteSplitter.cpp ${CMAKE_CURRENT_LIST_DIR}/MinuteSplitter.h
    ${CMAKE_CURRENT_LIST_DIR}/MinuteSpanReadings.cpp ${CMAKE_CURRENT_LIST_DIR}/MinuteSpanReadings.h
    ${CMAKE_CURRENT_LIST_DIR}/MinuteReferences.cpp ${CMAKE_CURRENT_LIST_DIR}/MinuteReferences.h
    ${CMAKE_CURRENT_LIST_DIR}/MinuteItemLinker.cpp ${CMAKE_CURRENT_LIST_DIR}/MinuteItemLinker.h
    ${CMAKE_CURRENT_LIST_DIR}/NameListParser.cpp ${CMAKE_CURRENT_LIST_DIR}/NameListParser.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceParser.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceParser.h
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceApologies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AttendanceRegister.cpp ${CMAKE_CURRENT_LIST_DIR}/AttendanceRegister.h
    ${CMAKE_CURRENT_LIST_DIR}/MembersFromAttendance.cpp ${CMAKE_CURRENT_LIST_DIR}/MembersFromAttendance.h
    ${CMAKE_CURRENT_LIST_DIR}/SubstitutionParser.cpp ${CMAKE_CURRENT_LIST_DIR}/SubstitutionParser.h
    ${CMAKE_CURRENT_LIST_DIR}/DeclarationParser.cpp ${CMAKE_CURRENT_LIST_DIR}/DeclarationParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ClauseParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ClauseParser.h
    ${CMAKE_CURRENT_LIST_DIR}/VoteParser.cpp ${CMAKE_CURRENT_LIST_DIR}/VoteParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ResolutionParser.h
    ${CMAKE_CURRENT_LIST_DIR}/AgreedDecisions.cpp ${CMAKE_CURRENT_LIST_DIR}/AgreedDecisions.h
    ${CMAKE_CURRENT_LIST_DIR}/ActionRequestParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ActionRequestParser.h
    ${CMAKE_CURRENT_LIST_DIR}/OwnedRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/OwnedRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/UnownedRequests.cpp ${CMAKE_CURRENT_LIST_DIR}/UnownedRequests.h
    ${CMAKE_CURRENT_LIST_DIR}/ReferenceParser.cpp ${CMAKE_CURRENT_LIST_DIR}/ReferenceParser.h
)
