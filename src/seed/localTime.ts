export * from '@/lib/localTime'
