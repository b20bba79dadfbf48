DROP TABLE pairwise_votes;
DROP TABLE pairwise_seen;
DROP TABLE pairwise_judges;
DROP TABLE pairwise_items;
