-- The view roster_staff (V82) was published for reporting's set-based SQL, but Derby plans reports through it far
-- worse (a ward's report at city scale 24 -> 310 ms p50), so reporting takes directory's SQL fragment
-- directory/control/RosterSql instead and nobody reads the view. Dropped so the schema publishes only what is read.
DROP VIEW roster_staff;
