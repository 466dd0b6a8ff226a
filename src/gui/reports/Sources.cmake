target_sources(scrutineer_gui PRIVATE
)
