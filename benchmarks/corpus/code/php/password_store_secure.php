<?php
/**
 * Password store
 */
declare(strict_types=1);

require_once __DIR__ . '/vendor/autoload.php';

$config = [
    'dsn' => getenv('DB_DSN') ?: 'mysql:host=localhost;dbname=app',
    'user' => getenv('DB_USER') ?: 'app',
];

function db(array $config): PDO
{
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO($config['dsn'], $config['user'], getenv('DB_PASS') ?: '');
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
    }
    return $pdo;
}

function json_response(array $data, int $status = 200): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($data);
}

function summarize(array $values): array
{
    if (count($values) === 0) {
        return ['count' => 0];
    }
    sort($values);
    return [
        'count' => count($values),
        'min' => $values[0],
        'max' => $values[count($values) - 1],
        'median' => $values[intdiv(count($values), 2)],
    ];
}

function store_password(PDO $pdo, int $id, string $password): void
{
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $stmt = $pdo->prepare('UPDATE users SET password_hash = ? WHERE id = ?');
    $stmt->execute([$hash, $id]);
}
