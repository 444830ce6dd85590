-- Search (issue 16): past SearchService.RANK_CAP matches a group is listed newest first, and PostgreSQL walks the
-- group's time index backwards until the page is full. Stories, reports and comments had that index; figures did not,
-- so a common word ("civils", in 41 510 of a million figures) read every matching figure through the GIN bitmap and
-- sorted them all for a page of ten (2.2 s with a cold cache).
create index figure_updated_at_idx on figure (updated_at desc);
