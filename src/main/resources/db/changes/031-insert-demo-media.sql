--liquibase formatted sql

--changeset cms:031-insert-demo-media context:demo
-- Dev mode only: a few images for the demo (covers of four posts, avatars of two authors). Their source files
-- ship in src/main/resources/demo-media; at start DemoMedia puts them through the upload processing into the
-- storage, under the SHA-256 and with the sizes and placeholders recorded here.
insert into media (id, sha256, mime_type, width, height, bytes, placeholder, alt, filename, created_at, updated_at) values
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c01', '8d02880c1fcc92691400bfe855b0e7242cb526a3a5e3a07e7b2496f3f1955d71', 'image/jpeg', 1200, 630, 22006, 'L39Iom_}.8tT4TH?Mxog004mbYMy', 'Blue gradient with pale circles', 'cover-postgres.jpg', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c02', '5bcdb8aa4c28c220dbeec5665d58a438120c863eee44262b68a095545c15c95e', 'image/jpeg', 1200, 630, 20848, 'LV5i]up3R4V[akj^kXj]V?fRkDkC', 'Deep blue gradient with sky-blue circles', 'cover-kubernetes.jpg', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c03', '78eac37cd743fe2d85f8b3ea7c6aea9a3f2fdad6f689b72b73533e761156c2b7', 'image/jpeg', 1200, 630, 21595, 'LK8QJyy:tiXl.OtPs-kBoeoJt5j@', 'Green gradient with yellow circles', 'cover-design-system.jpg', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c04', '375cb94110cd3e804c9bdd05602d9dca1639aa3ecb9ccee6e592761f101f308e', 'image/jpeg', 1200, 630, 21071, 'LACzbj;4=K].jG}YxFo2EgoLxFNb', 'Dark red gradient with orange circles', 'cover-zero-trust.jpg', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c05', 'cc9402c973d0f9726bdee75288f62962915c1d09a6b1804615ec2837a6bcce21', 'image/png', 400, 400, 22876, 'LFOdqc~800rXujn$u5WW0|NK2uJU', 'KEHEM Team avatar', 'avatar-kehem-team.png', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z'),
  ('b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c06', '367704d8da38cda2a0b1775249f9c363bf62fa80ed3d4734f8390e67ef04a9a6', 'image/png', 400, 400, 22454, 'LCE:=N*000IY03SO^*e.MHa0#gng', 'Dennis Atonya avatar', 'avatar-dennis-atonya.png', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z');

update post set cover_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c01' where id = 'f37a8c05-fbf8-5dbd-8381-f2f8998f5787';
update post set cover_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c02' where id = '5302fe58-8040-5e88-9d2b-711194225224';
update post set cover_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c03' where id = '7e160a32-990c-5bb8-98b1-b11ee08ecc37';
update post set cover_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c04' where id = '93e28065-3710-5a88-a97e-b437b0c74fbd';
update author set avatar_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c05' where id = '8c922d9d-7244-5802-aaa7-1eb1c8ae90b6';
update author set avatar_media_id = 'b7d1c0a2-1f3e-5a41-9c2e-0d6f1a2b3c06' where id = '02c393ef-2643-53df-850d-c29113aa66d6';
--rollback update author set avatar_media_id = null where avatar_media_id in (select id from media where created_by is null); update post set cover_media_id = null where cover_media_id in (select id from media where created_by is null); delete from media where created_by is null;
