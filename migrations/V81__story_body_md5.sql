-- A pasted story's text is looked up among the stories already here (third walk, H22: the same text pasted twice made
-- two stories without a word). The index holds a hash of each text, not the text: stories run to a megabyte.
create index story_body_md5_idx on story (md5(body));
