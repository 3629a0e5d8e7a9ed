package heap
