-- Schema of the association models, for mariadb (Flyway-ready)

CREATE TABLE IF NOT EXISTS `articles` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `title` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `categories` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `categories_name_key` UNIQUE (`name`)
);

CREATE TABLE IF NOT EXISTS `users` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `username` VARCHAR(255),
  `email` VARCHAR(255),
  `active` BOOLEAN DEFAULT TRUE NOT NULL,
  `profile_picture_id` BIGINT,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  PRIMARY KEY (`id`)
);

CREATE INDEX `users_profile_picture_id` ON `users` (`profile_picture_id`);

CREATE TABLE IF NOT EXISTS `comments` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `commentable_id` BIGINT,
  `commentable_type` VARCHAR(255),
  `commenter_id` BIGINT,
  `body` VARCHAR(255),
  `created_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_commenter_id_fkey` FOREIGN KEY (`commenter_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE INDEX `comments_commentable_id` ON `comments` (`commentable_id`);

CREATE TABLE IF NOT EXISTS `departments` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `employees` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255),
  `department_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `employees_department_id_fkey` FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `posts` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `author_id` BIGINT,
  `category_id` BIGINT,
  `title` VARCHAR(255),
  `body` VARCHAR(255),
  `published` BOOLEAN NOT NULL,
  `created_at` DATETIME(6),
  `updated_at` DATETIME(6),
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `posts_category_id_fkey` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `likes` (
  `user_id` BIGINT NOT NULL,
  `post_id` BIGINT NOT NULL,
  `created_at` DATETIME(6),
  PRIMARY KEY (`post_id`, `user_id`),
  CONSTRAINT `likes_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `likes_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `pictures` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` BIGINT,
  `url` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `pictures_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `products` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255),
  `price` DECIMAL(19, 4),
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `profiles` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `user_id` BIGINT,
  `bio` VARCHAR(255),
  PRIMARY KEY (`id`),
  CONSTRAINT `profiles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `teams` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255),
  PRIMARY KEY (`id`)
);

CREATE TABLE IF NOT EXISTS `projects` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255),
  `status` VARCHAR(255) DEFAULT 'active',
  `team_id` BIGINT,
  PRIMARY KEY (`id`),
  CONSTRAINT `projects_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `roles` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `roles_name_key` UNIQUE (`name`)
);

CREATE TABLE IF NOT EXISTS `tags` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_name_key` UNIQUE (`name`)
);

CREATE TABLE IF NOT EXISTS `team_members` (
  `id` BIGINT AUTO_INCREMENT NOT NULL,
  `team_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  `role` VARCHAR(255) DEFAULT 'member',
  `deleted_at` DATETIME(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `team_members_team_id_user_id_key` UNIQUE (`team_id`, `user_id`),
  CONSTRAINT `team_members_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `team_members_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `user_projects` (
  `user_id` BIGINT NOT NULL,
  `project_id` BIGINT NOT NULL,
  `role` VARCHAR(255) DEFAULT 'member',
  `joined_at` DATETIME(6),
  PRIMARY KEY (`project_id`, `user_id`),
  CONSTRAINT `user_projects_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_projects_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `post_tags` (
  `post_id` BIGINT NOT NULL,
  `tag_id` BIGINT NOT NULL,
  PRIMARY KEY (`post_id`, `tag_id`),
  CONSTRAINT `post_tags_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `post_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `item_tags` (
  `item_id` BIGINT NOT NULL,
  `label_id` BIGINT NOT NULL,
  PRIMARY KEY (`item_id`, `label_id`),
  CONSTRAINT `item_tags_item_id_fkey` FOREIGN KEY (`item_id`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `item_tags_label_id_fkey` FOREIGN KEY (`label_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE IF NOT EXISTS `user_roles` (
  `role_id` BIGINT NOT NULL,
  `user_id` BIGINT NOT NULL,
  PRIMARY KEY (`role_id`, `user_id`),
  CONSTRAINT `user_roles_role_id_fkey` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `user_roles_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
);
