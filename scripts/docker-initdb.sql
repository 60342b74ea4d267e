-- Extensions the migrations use; created by the superuser at first start (the app connects as the owner).
create extension if not exists unaccent;
create extension if not exists btree_gist;
create extension if not exists pg_trgm;
