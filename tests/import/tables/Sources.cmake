target_sources(test_import PRIVATE
)
