DROP TABLE awards;
DROP TABLE award_settings;
