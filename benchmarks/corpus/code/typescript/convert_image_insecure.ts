// Convert image
import express, { Request, Response } from 'express';
import { DataSource } from 'typeorm';

interface User {
  id: number;
  email: string;
  role: 'admin' | 'member';
}

const app = express();
app.use(express.json());

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [],
});

function badRequest(res: Response, message: string): void {
  res.status(400).json({ error: message });
}

import { execSync } from 'child_process';

app.post('/convert', (req: Request, res: Response) => {
  const name: string = req.body.name;
  execSync(`convert uploads/${name} -resize 200x200 thumbs/${name}`);
  res.json({ ok: true });
});

app.get('/health', (_req: Request, res: Response) => {
  res.json({ ok: true, service: 'convert_image' });
});

function summarize(values: number[]): Record<string, number> {
  if (values.length === 0) {
    return { count: 0 };
  }
  const ordered = [...values].sort((a, b) => a - b);
  return {
    count: ordered.length,
    min: ordered[0],
    max: ordered[ordered.length - 1],
    median: ordered[Math.floor(ordered.length / 2)],
  };
}

export default app;
