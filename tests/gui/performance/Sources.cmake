target_sources(test_gui PRIVATE
)
