-- Demo timestamps, in UTC. bob left the Platform team (a soft-deleted membership: the through scope hides it).
UPDATE users SET created_at = TIMESTAMP WITH TIME ZONE '2024-01-02 09:00:00+00:00', updated_at = TIMESTAMP WITH TIME ZONE '2024-01-02 09:00:00+00:00';
UPDATE posts SET created_at = TIMESTAMP WITH TIME ZONE '2024-01-03 10:00:00+00:00', updated_at = TIMESTAMP WITH TIME ZONE '2024-01-03 10:00:00+00:00';
UPDATE comments SET created_at = TIMESTAMP WITH TIME ZONE '2024-01-04 11:00:00+00:00';
UPDATE likes SET created_at = TIMESTAMP WITH TIME ZONE '2024-01-04 12:00:00+00:00';
UPDATE user_projects SET joined_at = TIMESTAMP WITH TIME ZONE '2024-01-05 08:30:00+00:00';
UPDATE team_members SET deleted_at = TIMESTAMP WITH TIME ZONE '2024-02-01 17:00:00+00:00'
	WHERE user_id = (SELECT id FROM users WHERE username = 'bob');
