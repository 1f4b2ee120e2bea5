-- Demo data, portable across H2, PostgreSQL and MariaDB: lower-case unquoted names, keys generated in insertion
-- order on a fresh database, foreign keys looked up by name. Timestamps are set per database in V3.

INSERT INTO users (username, email, active) VALUES ('ann', 'ann@example.com', TRUE);
INSERT INTO users (username, email, active) VALUES ('bob', 'bob@example.com', TRUE);
INSERT INTO users (username, email, active) VALUES ('cid', 'cid@example.com', TRUE);
INSERT INTO users (username, email, active) VALUES ('dee', 'dee@example.com', FALSE);

INSERT INTO profiles (user_id, bio) VALUES ((SELECT id FROM users WHERE username = 'ann'), 'Writes about databases');
INSERT INTO profiles (user_id, bio) VALUES ((SELECT id FROM users WHERE username = 'bob'), 'Runs the platform team');

INSERT INTO pictures (user_id, url) VALUES ((SELECT id FROM users WHERE username = 'ann'), 'https://example.com/ann.png');
UPDATE users SET profile_picture_id = (SELECT id FROM pictures WHERE url = 'https://example.com/ann.png')
	WHERE username = 'ann';

INSERT INTO categories (name) VALUES ('databases');
INSERT INTO categories (name) VALUES ('teams');

INSERT INTO posts (author_id, category_id, title, body, published) VALUES ((SELECT id FROM users WHERE username = 'ann'),
	(SELECT id FROM categories WHERE name = 'databases'), 'Eager loading without N+1', 'One query per include level.', TRUE);
INSERT INTO posts (author_id, category_id, title, body, published) VALUES ((SELECT id FROM users WHERE username = 'ann'),
	(SELECT id FROM categories WHERE name = 'databases'), 'Scopes and polymorphism', 'Draft.', FALSE);
INSERT INTO posts (author_id, category_id, title, body, published) VALUES ((SELECT id FROM users WHERE username = 'bob'),
	(SELECT id FROM categories WHERE name = 'teams'), 'Running a small team', 'Fewer meetings.', TRUE);

INSERT INTO articles (title) VALUES ('Release notes 0.1');

INSERT INTO comments (commentable_id, commentable_type, commenter_id, body) VALUES
	((SELECT id FROM posts WHERE title = 'Eager loading without N+1'), 'post', (SELECT id FROM users WHERE username = 'bob'), 'Great read');
INSERT INTO comments (commentable_id, commentable_type, commenter_id, body) VALUES
	((SELECT id FROM posts WHERE title = 'Eager loading without N+1'), 'post', (SELECT id FROM users WHERE username = 'cid'), 'Which databases?');
INSERT INTO comments (commentable_id, commentable_type, commenter_id, body) VALUES
	((SELECT id FROM articles WHERE title = 'Release notes 0.1'), 'article', (SELECT id FROM users WHERE username = 'dee'), 'Nice release');
INSERT INTO comments (commentable_id, commentable_type, commenter_id, body) VALUES
	((SELECT id FROM posts WHERE title = 'Running a small team'), 'post', (SELECT id FROM users WHERE username = 'ann'), 'Agreed');

INSERT INTO roles (name) VALUES ('admin');
INSERT INTO roles (name) VALUES ('editor');
INSERT INTO user_roles (user_id, role_id) VALUES ((SELECT id FROM users WHERE username = 'ann'), (SELECT id FROM roles WHERE name = 'admin'));
INSERT INTO user_roles (user_id, role_id) VALUES ((SELECT id FROM users WHERE username = 'ann'), (SELECT id FROM roles WHERE name = 'editor'));
INSERT INTO user_roles (user_id, role_id) VALUES ((SELECT id FROM users WHERE username = 'bob'), (SELECT id FROM roles WHERE name = 'editor'));

INSERT INTO likes (user_id, post_id) VALUES ((SELECT id FROM users WHERE username = 'bob'), (SELECT id FROM posts WHERE title = 'Eager loading without N+1'));
INSERT INTO likes (user_id, post_id) VALUES ((SELECT id FROM users WHERE username = 'cid'), (SELECT id FROM posts WHERE title = 'Eager loading without N+1'));
INSERT INTO likes (user_id, post_id) VALUES ((SELECT id FROM users WHERE username = 'ann'), (SELECT id FROM posts WHERE title = 'Running a small team'));

INSERT INTO tags (name) VALUES ('java');
INSERT INTO tags (name) VALUES ('sql');
INSERT INTO tags (name) VALUES ('hardware');
INSERT INTO post_tags (post_id, tag_id) VALUES ((SELECT id FROM posts WHERE title = 'Eager loading without N+1'), (SELECT id FROM tags WHERE name = 'java'));
INSERT INTO post_tags (post_id, tag_id) VALUES ((SELECT id FROM posts WHERE title = 'Eager loading without N+1'), (SELECT id FROM tags WHERE name = 'sql'));
INSERT INTO post_tags (post_id, tag_id) VALUES ((SELECT id FROM posts WHERE title = 'Scopes and polymorphism'), (SELECT id FROM tags WHERE name = 'sql'));

INSERT INTO products (name, price) VALUES ('Keyboard', 49.90);
INSERT INTO item_tags (item_id, label_id) VALUES ((SELECT id FROM products WHERE name = 'Keyboard'), (SELECT id FROM tags WHERE name = 'hardware'));

INSERT INTO teams (name) VALUES ('Platform');
INSERT INTO teams (name) VALUES ('Apps');

INSERT INTO projects (name, status, team_id) VALUES ('apollo', 'active', (SELECT id FROM teams WHERE name = 'Platform'));
INSERT INTO projects (name, status, team_id) VALUES ('gemini', 'archived', (SELECT id FROM teams WHERE name = 'Platform'));
INSERT INTO projects (name, status, team_id) VALUES ('mercury', 'active', (SELECT id FROM teams WHERE name = 'Apps'));

INSERT INTO user_projects (user_id, project_id, role) VALUES ((SELECT id FROM users WHERE username = 'ann'), (SELECT id FROM projects WHERE name = 'apollo'), 'owner');
INSERT INTO user_projects (user_id, project_id, role) VALUES ((SELECT id FROM users WHERE username = 'bob'), (SELECT id FROM projects WHERE name = 'apollo'), 'member');
INSERT INTO user_projects (user_id, project_id, role) VALUES ((SELECT id FROM users WHERE username = 'ann'), (SELECT id FROM projects WHERE name = 'mercury'), 'reviewer');

INSERT INTO team_members (team_id, user_id, role) VALUES ((SELECT id FROM teams WHERE name = 'Platform'), (SELECT id FROM users WHERE username = 'ann'), 'lead');
INSERT INTO team_members (team_id, user_id, role) VALUES ((SELECT id FROM teams WHERE name = 'Platform'), (SELECT id FROM users WHERE username = 'bob'), 'member');
INSERT INTO team_members (team_id, user_id, role) VALUES ((SELECT id FROM teams WHERE name = 'Platform'), (SELECT id FROM users WHERE username = 'cid'), 'member');
INSERT INTO team_members (team_id, user_id, role) VALUES ((SELECT id FROM teams WHERE name = 'Apps'), (SELECT id FROM users WHERE username = 'dee'), 'lead');

INSERT INTO departments (name) VALUES ('Engineering');
INSERT INTO departments (name) VALUES ('Research');
INSERT INTO departments (name) VALUES ('Sales');
INSERT INTO employees (name, department_id) VALUES ('eve', (SELECT id FROM departments WHERE name = 'Engineering'));
INSERT INTO employees (name, department_id) VALUES ('finn', (SELECT id FROM departments WHERE name = 'Engineering'));
INSERT INTO employees (name, department_id) VALUES ('gus', (SELECT id FROM departments WHERE name = 'Research'));
INSERT INTO employees (name, department_id) VALUES ('hal', (SELECT id FROM departments WHERE name = 'Sales'));
